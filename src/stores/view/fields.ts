/**
 * The field kinds views are declared with: numbers (whole or real, with range and step), choices, flags,
 * lists, parsed text (expressions), a distribution's parameters, and `custom` for a page's own kind.
 */
import { DISTRIBUTIONS, validateParams, type DistributionName } from '../../core';
import { formatExact, parseDecimal } from '../numberText';
import type { Field, FieldOptions, FieldValue, ReadContext } from './field';
import { clip, readChoice, readList, readNumber } from './readers';

type Check = (value: number, view: Readonly<Record<string, unknown>>) => string | null;

/**
 * What every kind held under one address key shares: its words and limits for the control, `after` applied
 * to what `read` found, and `omit` honoured before `format` writes the value.
 */
function keyed<T>(
  options: FieldOptions<T> & { default: T },
  kind: Pick<Field<T>, 'problem' | 'read' | 'min' | 'max' | 'step' | 'choices'> & {
    format(value: T): string;
  },
): Field<T> {
  const { read, format, ...rest } = kind;
  return {
    default: options.default,
    key: options.key,
    label: options.label,
    ...rest,
    read(key, ctx) {
      const value = read(key, ctx);
      return options.after ? options.after(value, ctx) : value;
    },
    write(q, key, value) {
      if (!options.omit?.(value)) q.set(key, format(value));
    },
  };
}

interface NumberOptions extends FieldOptions<number> {
  default: number;
  min?: number;
  max?: number;
  step?: number;
  /** The inline message for a value outside [min, max]; a default is worded from the label. */
  message?: string;
  /** A check of its own instead of the range (its message is the control's message). */
  check?: Check;
  /** Also accept this word as the value (`max` for an unlimited speed). */
  words?: Record<string, number>;
}

function numberField(options: NumberOptions, whole: boolean): Field<number> {
  const { min = -Infinity, max = Infinity, label = options.key ?? 'value' } = options;
  const words = options.words ?? {};
  const range =
    options.message ??
    (whole
      ? `${label} must be a whole number from ${min} to ${max}`
      : `${label} must be between ${min} and ${max}`);
  const problem: Check =
    options.check ??
    ((v) => (Number.isFinite(v) && v >= min && v <= max && (!whole || Number.isInteger(v)) ? null : range));
  return keyed(options, {
    min: options.min,
    max: options.max,
    step: options.step ?? (whole ? 1 : undefined),
    problem,
    read(key, ctx) {
      const text = ctx.query.get(key);
      if (text !== null && Object.hasOwn(words, text)) return words[text];
      const check = (n: number) => problem(n, ctx.partial);
      return readNumber(ctx.query, key, options.default, check, ctx.ignored, ctx.explain);
    },
    format: (value) => Object.keys(words).find((w) => Object.is(words[w], value)) ?? formatExact(value),
  });
}

/** A whole number in [min, max]. */
export const integer = (options: NumberOptions): Field<number> => numberField(options, true);

/** A real number in [min, max] (or passing `check`). */
export const number = (options: NumberOptions): Field<number> => numberField(options, false);

/** A generator seed: a whole number that fits 32 bits. */
export const SEED_PROBLEM = 'seed must be a whole number from 0 to 4294967295';
export function validSeed(s: number): string | null {
  return Number.isInteger(s) && s >= 0 && s <= 2 ** 32 - 1 ? null : SEED_PROBLEM;
}
export const seed = (options: Omit<NumberOptions, 'check'>): Field<number> =>
  integer({ label: 'seed', min: 0, max: 2 ** 32 - 1, ...options, check: validSeed });

/** One of a fixed set of words. */
export function choice<const T extends string>(
  choices: readonly T[],
  options: FieldOptions<T> & { default: T; reason?: string },
): Field<T> {
  return keyed(options, {
    choices,
    problem: (v) =>
      (choices as readonly string[]).includes(v) ? null : `unknown ${options.label ?? 'value'}`,
    read: (key, ctx) => readChoice(ctx.query, key, choices, options.default, ctx.ignored, options.reason),
    format: (value) => value,
  });
}

/** On or off, written `1` / `0`. */
export function flag(options: FieldOptions<boolean> & { default: boolean }): Field<boolean> {
  return keyed(options, {
    problem: () => null,
    read(key, ctx) {
      const text = ctx.query.get(key);
      if (text === null) return options.default;
      if (text === '1' || text === '0') return text === '1';
      ctx.ignored.push(`${key}=${clip(text)} (use 0 or 1)`);
      return options.default;
    },
    format: (value) => (value ? '1' : '0'),
  });
}

/** Numbers written `a,b,…`: exactly `length` of them when given. */
export function list(
  options: FieldOptions<number[]> & {
    default: number[];
    length?: number;
    /** The problem of a list that parsed, or null. */
    check?: (values: number[], view: Readonly<Record<string, unknown>>) => string | null;
    /** The reason given for text that is not such a list. */
    malformed?: string;
  },
): Field<number[]> {
  const check = options.check ?? (() => null);
  return keyed(options, {
    problem: (v, view) => check(v, view),
    read(key, ctx) {
      const text = ctx.query.get(key);
      if (text === null) return options.default;
      const values = readList(text, options.length);
      const problem = values ? check(values, ctx.partial) : (options.malformed ?? 'not a list of numbers');
      if (values && problem === null) return values;
      ctx.ignored.push(`${key}=${clip(text)} (${problem})`);
      return options.default;
    },
    format: (value) => value.map(formatExact).join(','),
  });
}

/** Text the student types and the core parses (a function of x, a log-density, f(x, y)). */
export function text(
  options: FieldOptions<string> & {
    default: string;
    /** The parser's message, or null when the text parses. */
    parse: (text: string) => string | null;
  },
): Field<string> {
  return keyed(options, {
    problem: (v) => options.parse(v),
    read(key, ctx) {
      const value = ctx.query.get(key) ?? options.default;
      const problem = options.parse(value);
      if (problem === null) return value;
      ctx.ignored.push(`${key}=${clip(value)} (${problem})`);
      return options.default;
    },
    format: (value) => value,
  });
}

export function defaultParams(dist: DistributionName): Record<string, number> {
  return Object.fromEntries(DISTRIBUTIONS[dist].params.map((p) => [p.name, p.default]));
}

/**
 * The parameters of the distribution named by the field `distField` (read before this one), written one key
 * each under the view's prefix (`lln.rate`). Values that do not parse are named; values that parse but are
 * invalid (alone or together) are named with the reason and fall back: the one parameter, then (if still
 * invalid) all of them with `perParameter`, else all of them at once.
 */
export function distributionParams(options: {
  distField: string;
  default: DistributionName;
  perParameter?: boolean;
}): Field<Record<string, number>> {
  const distOf = (view: Readonly<Record<string, unknown>>) =>
    (view[options.distField] as DistributionName | undefined) ?? options.default;
  return {
    default: defaultParams(options.default),
    key: '',
    problem: (params, view) => validateParams(distOf(view), params)[0]?.message ?? null,
    read(_key, ctx: ReadContext) {
      const dist = distOf(ctx.partial);
      const { prefix, query, ignored } = ctx;
      const params = defaultParams(dist);
      for (const spec of DISTRIBUTIONS[dist].params) {
        const t = query.get(prefix + spec.name);
        if (t === null) continue;
        const value = parseDecimal(t);
        if (value === null) ignored.push(`${prefix}${spec.name}=${clip(t)}`);
        else params[spec.name] = value;
      }
      const problems = validateParams(dist, params);
      const named = (param: string, message: string) =>
        ignored.push(`${prefix}${param}=${clip(query.get(prefix + param) ?? '')} (${message})`);
      if (!options.perParameter) {
        for (const p of problems) named(p.param, p.message);
        return problems.length > 0 ? defaultParams(dist) : params;
      }
      for (const p of problems) {
        if (params[p.param] === undefined) continue;
        named(p.param, p.message);
        params[p.param] = DISTRIBUTIONS[dist].params.find((s) => s.name === p.param)?.default ?? NaN;
      }
      return validateParams(dist, params).length > 0 ? defaultParams(dist) : params;
    },
    /** `key` is the view's prefix (this field's own key is empty). */
    write(q, key, params, view) {
      for (const p of DISTRIBUTIONS[distOf(view)].params) q.set(key + p.name, formatExact(params[p.name]));
    },
  };
}

/** A field added after the first `v=1` links (see {@link Field.later}). */
export const later = <F extends { readonly default: unknown }>(field: F): F => ({ ...field, later: true });

/** A page's own kind: anything that implements Field. */
export const custom = <T>(field: Field<T>): Field<T> => field;

/**
 * Several fields under one name and one key prefix: `group({ lr: number(…) }, { key: 'gd.' })` is written
 * `gd.lr=…`. Its value is the object of its fields' values; its problem is its first field's problem.
 */
export function group<G extends Record<string, Field<unknown>>>(
  fields: G,
  options: {
    key: string;
    label?: string;
    omit?: (value: { [K in keyof G]: FieldValue<G[K]> }) => boolean;
  } = {
    key: '',
  },
): Field<{ [K in keyof G]: FieldValue<G[K]> }> & { readonly fields: G } {
  type V = { [K in keyof G]: FieldValue<G[K]> };
  const names = Object.keys(fields);
  const sub = (key: string, name: string) => key + (fields[name].key ?? name);
  return {
    fields,
    default: Object.fromEntries(names.map((n) => [n, fields[n].default])) as V,
    key: options.key,
    label: options.label,
    problem(value, view) {
      for (const n of names) {
        const p = fields[n].problem(value[n], view);
        if (p) return p;
      }
      return null;
    },
    read(key, ctx) {
      return Object.fromEntries(names.map((n) => [n, fields[n].read(sub(key, n), ctx)])) as V;
    },
    write(q, key, value, view, how) {
      if (options.omit?.(value)) return;
      for (const n of names) fields[n].write(q, sub(key, n), value[n], view, how);
    },
  };
}

/** What a control shows of a field (its key, words, range, step and choices), for a kind that wraps it. */
const controlOf = <T>({ key, label, min, max, step, choices }: Field<T>) => ({
  key,
  label,
  min,
  max,
  step,
  choices,
});

/**
 * A field read and written as another kind (`to` after reading, `from` before writing): a list of four
 * numbers held as a domain, the words `2`/`3` held as a dimension.
 */
export function mapped<A, B>(field: Field<A>, to: (a: A) => B, from: (b: B) => A): Field<B> {
  return {
    default: to(field.default),
    ...controlOf(field),
    problem: (value, view) => field.problem(from(value), view),
    read: (key, ctx) => to(field.read(key, ctx)),
    write: (q, key, value, view, how) => field.write(q, key, from(value), view, how),
  };
}

/** A field that may be absent (null, and not written); a refused value is named and read as null. */
export function optional<T>(field: Field<T>): Field<T | null> {
  return {
    default: null,
    ...controlOf(field),
    problem: (value, view) => (value === null ? null : field.problem(value, view)),
    read(key, ctx) {
      if (ctx.query.get(key) === null) return null;
      const named = ctx.ignored.length;
      const value = field.read(key, ctx);
      return ctx.ignored.length > named ? null : value;
    },
    write(q, key, value, view, how) {
      if (value !== null) field.write(q, key, value, view, how);
    },
  };
}

/**
 * The known words of `key=a,b,…` (empty items skipped), in the order of `choices`; null when the key is
 * absent. Unknown words are named each with `reason` when given, else together.
 */
function readWords<T extends string>(
  ctx: ReadContext,
  key: string,
  choices: readonly T[],
  reason?: string,
): T[] | null {
  const text = ctx.query.get(key);
  if (text === null) return null;
  const items = text.split(',').filter((s) => s !== '');
  const unknown = items.filter((s) => !(choices as readonly string[]).includes(s));
  if (reason) for (const w of unknown) ctx.ignored.push(`${key}=${clip(w)} (${reason})`);
  else if (unknown.length > 0) ctx.ignored.push(`${key}=${clip(unknown.join(','))}`);
  return choices.filter((c) => items.includes(c));
}

/** A set of words written `a,b` (`opt=gd,adam`; empty for none), in the order of `choices`. */
export function words<T extends string>(
  choices: readonly T[],
  options: FieldOptions<T[]> & {
    default: T[];
    /** Each unknown word is named with this reason; without one, the unknown words are named together. */
    reason?: string;
  },
): Field<T[]> {
  return keyed(options, {
    choices,
    problem: (v) => (v.every((w) => choices.includes(w)) ? null : `unknown ${options.label ?? 'value'}`),
    read: (key, ctx) => readWords(ctx, key, choices, options.reason) ?? options.default,
    format: (value) => choices.filter((c) => value.includes(c)).join(','),
  });
}

/**
 * Several on/off fields written as one set of words (`show=eig,v`): `wordFlags(['eig', 'v'], { key: 'show' })`
 * gives `flag('eig', true)`, one boolean field per word, all under the same key. Unknown words are named once.
 */
export function wordFlags<T extends string>(
  choices: readonly T[],
  options: { key: string; reason?: string },
): { flag(word: T, on: boolean, label?: string): Field<boolean> } {
  const named = new WeakSet<ReadContext>();
  return {
    flag: (word, on, label) => ({
      default: on,
      key: options.key,
      label,
      problem: () => null,
      read(key, ctx) {
        const seen = named.has(ctx);
        named.add(ctx);
        const found = readWords(seen ? { ...ctx, ignored: [] } : ctx, key, choices, options.reason);
        return found === null ? on : found.includes(word);
      },
      write(q, key, value) {
        const now = (q.get(key) ?? '').split(',');
        q.set(key, choices.filter((c) => now.includes(c) || (c === word && value)).join(','));
      },
    }),
  };
}

/**
 * Numbers written `a,b,…`, as many as `length(view)` (which may read a field read before, such as the
 * dimension), each parsed by `parse` and accepted by `entry`, the whole then by `check`. The fallback may
 * depend on the view too (`defaultFor`). A wrong count is named `needs n numbers`, a refused entry with
 * `message`.
 */
export function vector(
  options: FieldOptions<number[]> & {
    default: number[];
    length: (view: Readonly<Record<string, unknown>>) => number;
    defaultFor?: (view: Readonly<Record<string, unknown>>) => number[];
    /** An entry's value, or null (strict decimals when absent). */
    parse?: (text: string) => number | null;
    entry?: (x: number) => boolean;
    /** Why an entry does not parse or is refused. */
    message: string;
    check?: (values: number[], view: Readonly<Record<string, unknown>>) => string | null;
  },
): Field<number[]> {
  const parse = options.parse ?? parseDecimal;
  const entry = options.entry ?? (() => true);
  const check = options.check ?? (() => null);
  const problem = (values: (number | null)[], view: Readonly<Record<string, unknown>>) => {
    const n = options.length(view);
    if (values.length !== n) return `needs ${n} numbers`;
    if (values.some((x) => x === null || !entry(x))) return options.message;
    return check(values as number[], view);
  };
  return keyed(options, {
    problem,
    read(key, ctx) {
      const fallback = options.defaultFor?.(ctx.partial) ?? options.default;
      const text = ctx.query.get(key);
      if (text === null) return fallback;
      const values = text.split(',').map(parse);
      const p = problem(values, ctx.partial);
      if (p === null) return values as number[];
      ctx.ignored.push(`${key}=${clip(text)} (${p})`);
      return fallback;
    },
    format: (value) => value.map(formatExact).join(','),
  });
}

/** A 3-D camera's limits for {@link cameraField}: |elevation| ≤ elevation, zoom in [lo, hi] ((0, hi] when lo is 0), |pan| ≤ pan. */
export interface CameraLimits {
  elevation: number;
  zoom: readonly [number, number];
  pan: number;
}

/**
 * A 3-D camera (`cam`): azimuth and elevation (radians), zoom, and pan x, pan y (fractions of the view), five
 * numbers starting at `home` and omitted from the address there. A camera outside `limits` is refused with a
 * message that names them.
 */
export function cameraField(home: readonly number[], limits: CameraLimits): Field<number[]> {
  const [zLo, zHi] = limits.zoom;
  const zoomOk = (z: number) => (zLo === 0 ? z > 0 : z >= zLo) && z <= zHi;
  const zoomWords = zLo === 0 ? `zoom in (0, ${zHi}]` : `zoom from ${zLo} to ${zHi}`;
  const message = `elevation within ±${limits.elevation}, ${zoomWords}, pan within ±${limits.pan}`;
  return vector({
    key: 'cam',
    default: [...home],
    label: '3D camera',
    length: () => 5,
    message: 'needs azimuth, elevation, zoom, pan x, pan y',
    check: ([, el, zoom, px, py]) =>
      Math.abs(el) > limits.elevation ||
      !zoomOk(zoom) ||
      Math.abs(px) > limits.pan ||
      Math.abs(py) > limits.pan
        ? message
        : null,
    omit: (v) => v.every((x, i) => x === home[i]),
  });
}

/** An n×n matrix written row by row as n² numbers (`a=1,0,0,1`), with n from the view (see `vector`). */
export function matrix(
  options: Omit<
    Parameters<typeof vector>[0],
    'length' | 'default' | 'defaultFor' | 'check' | 'after' | 'omit'
  > & {
    default: number[][];
    size: (view: Readonly<Record<string, unknown>>) => number;
    defaultFor?: (view: Readonly<Record<string, unknown>>) => number[][];
  },
): Field<number[][]> {
  const rows = (xs: number[]): number[][] => {
    const n = Math.round(Math.sqrt(xs.length));
    return Array.from({ length: n }, (_, i) => xs.slice(i * n, i * n + n));
  };
  return mapped(
    vector({
      ...options,
      default: options.default.flat(),
      length: (view) => options.size(view) ** 2,
      defaultFor: options.defaultFor && ((view) => options.defaultFor!(view).flat()),
    }),
    rows,
    (m) => m.flat(),
  );
}
