/**
 * The calculus page's view, declared once: `v=1&f=x%5E2+%2B+10*y%5E2&domain=-3,3,-2,2&start=-2.5,1.5&steps=300`
 * `&opt=gd,adam&gd.lr=0.01&adam.lr=0.1&…&step=120`. Optimizer settings are written in full for the selected
 * optimizers and only where they differ from the defaults for the others, so a link stays short but
 * reproduces every setting. Decoding never throws: each refused value falls back and is named with its reason.
 */
import {
  OPTIMIZER_NAMES,
  optimizerDefaults,
  parseProblem,
  scheduleDefaults,
  xOnlyProblem,
  type OptimizerConfig,
  type OptimizerName,
  type ScheduleName,
  type Vec2,
} from '../../core';
import { formatExact } from '../numberText';
import {
  cameraField,
  choice,
  clip,
  custom,
  defineView,
  flag,
  integer,
  later,
  list,
  mapped,
  number,
  optional,
  readNumber,
  text,
  words,
  type Field,
  type ViewOf,
} from '../view';

export const STEPS_MAX = 100_000;
/** The surface camera's starting orbit: azimuth, elevation (radians), zoom, pan x, pan y. */
export const CAMERA_HOME: readonly number[] = [-2.05, 0.9, 1, 0, 0];
/** Largest magnitude accepted for a domain bound or a start coordinate. */
export const COORD_MAX = 1e6;

export type ParamName = 'lr' | 'momentum' | 'beta1' | 'beta2' | 'alpha' | 'eps' | 'decay' | 'stepEvery';
export type Overlay = 'none' | 'tangent' | 'taylor';
export interface Domain {
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
}

export interface OptimizerSettings {
  on: boolean;
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  alpha: number;
  eps: number;
  schedule: ScheduleName;
  decay: number;
  stepEvery: number;
}

/** The hyperparameters each method reads (its spinbuttons), in display order. */
export const METHOD_PARAMS: Record<OptimizerName, ParamName[]> = {
  gd: ['lr'],
  momentum: ['lr', 'momentum'],
  nesterov: ['lr', 'momentum'],
  adagrad: ['lr', 'eps'],
  rmsprop: ['lr', 'alpha', 'eps'],
  adam: ['lr', 'beta1', 'beta2', 'eps'],
  newton: ['lr'],
};

export const PARAM_LABELS: Record<ParamName, string> = {
  lr: 'learning rate',
  momentum: 'momentum',
  beta1: 'beta1',
  beta2: 'beta2',
  alpha: 'alpha',
  eps: 'eps',
  decay: 'decay',
  stepEvery: 'step every',
};

export const SCHEDULES: readonly ScheduleName[] = ['constant', 'step', 'exponential', 'cosine'];
export const SPEEDS: readonly number[] = [0.25, 0.5, 1, 2, 4, 8];
const OVERLAYS: readonly Overlay[] = ['none', 'tangent', 'taylor'];

/** The constraint beside f: none, g(x, y) = c, or g(x, y) ≤ c. */
export type ConstraintKind = 'none' | 'eq' | 'le';
export const CONSTRAINT_KINDS: readonly ConstraintKind[] = ['none', 'eq', 'le'];
export const CONSTRAINT_LABELS: Record<ConstraintKind, string> = { none: 'none', eq: 'g = c', le: 'g ≤ c' };
/** The 1-D view's step h: above 0, at most 10 (its slider runs over log₁₀ h from −16 to 1). */
export const H_MIN_LOG = -16;
export const H_MAX_LOG = 1;
export function hProblem(h: number): string | null {
  return Number.isFinite(h) && h > 0 && h <= 10 ? null : 'h must be above 0 and at most 10';
}

export function defaultDecay(schedule: ScheduleName): number {
  return schedule === 'exponential' ? scheduleDefaults.exponentialDecay : scheduleDefaults.stepDecay;
}

export function defaultSettings(name: OptimizerName, on = false): OptimizerSettings {
  const d = optimizerDefaults[name];
  return {
    on,
    lr: d.lr ?? 0.01,
    momentum: d.momentum ?? 0.9,
    beta1: d.beta1 ?? 0.9,
    beta2: d.beta2 ?? 0.999,
    alpha: d.alpha ?? 0.99,
    eps: d.eps ?? 1e-8,
    schedule: 'constant',
    decay: scheduleDefaults.stepDecay,
    stepEvery: scheduleDefaults.stepEvery,
  };
}

const DEFAULT_ON: OptimizerName[] = ['gd', 'momentum', 'adam'];

/** Which settings a method reads under its schedule (the URL and the form show only these). */
export function activeParams(name: OptimizerName, s: OptimizerSettings): ParamName[] {
  const extra: ParamName[] =
    s.schedule === 'step' ? ['decay', 'stepEvery'] : s.schedule === 'exponential' ? ['decay'] : [];
  return [...METHOD_PARAMS[name], ...extra];
}

/** The OptimizerConfig the race runs with: exactly the settings the method reads. */
export function configOf(name: OptimizerName, s: OptimizerSettings): OptimizerConfig {
  const config: OptimizerConfig = { schedule: s.schedule };
  for (const p of activeParams(name, s)) config[p] = s[p];
  return config;
}

/** Why a hyperparameter value is not usable, or null. */
export function paramProblem(p: ParamName, v: number): string | null {
  if (!Number.isFinite(v)) return `${PARAM_LABELS[p]} must be a number`;
  switch (p) {
    case 'lr':
      return v > 0 && v <= 1e6 ? null : 'learning rate must be above 0 (and at most 10^6)';
    case 'momentum':
    case 'beta1':
    case 'beta2':
    case 'alpha':
      return v >= 0 && v < 1 ? null : `${p} must be at least 0 and below 1`;
    case 'eps':
      return v > 0 && v < 1 ? null : 'eps must be above 0 and below 1';
    case 'decay':
      return v > 0 && v <= 1 ? null : 'decay must be above 0 and at most 1';
    case 'stepEvery':
      return Number.isInteger(v) && v >= 1 && v <= 1e6 ? null : 'step every must be a whole number from 1';
  }
}

export function stepsProblem(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= STEPS_MAX
    ? null
    : `steps must be a whole number from 1 to ${STEPS_MAX.toLocaleString('en')}`;
}

export function coordProblem(label: string, v: number): string | null {
  return Number.isFinite(v) && Math.abs(v) <= COORD_MAX ? null : `${label} must be between −10^6 and 10^6`;
}

/** Problems of a domain: each bound a coordinate, each range of positive width. */
export function domainProblem(d: Domain): string | null {
  for (const k of ['xmin', 'xmax', 'ymin', 'ymax'] as const) {
    const p = coordProblem(k, d[k]);
    if (p) return p;
  }
  const tiny = (a: number, b: number) => b - a <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (tiny(d.xmin, d.xmax)) return 'x max must be greater than x min';
  if (tiny(d.ymin, d.ymax)) return 'y max must be greater than y min';
  return null;
}

type Optimizers = Record<OptimizerName, OptimizerSettings>;

/** Every setting a method can be given in the address, whichever schedule it runs. */
const settingNames = (name: OptimizerName): ParamName[] => [...METHOD_PARAMS[name], 'decay', 'stepEvery'];
const selected = words(OPTIMIZER_NAMES, { default: DEFAULT_ON, reason: 'unknown optimizer' });
const schedule = choice(SCHEDULES, { default: 'constant', reason: 'unknown schedule' });

/** `opt=gd,adam` and each method's `gd.schedule`, `gd.lr`, … (all keys of one method under `name.`). */
const optimizers: Field<Optimizers> = custom({
  default: Object.fromEntries(
    OPTIMIZER_NAMES.map((n) => [n, defaultSettings(n, DEFAULT_ON.includes(n))]),
  ) as Optimizers,
  key: 'opt',
  label: 'optimizers',
  problem(value) {
    for (const name of OPTIMIZER_NAMES) {
      const s = value[name];
      for (const p of s.on ? activeParams(name, s) : []) {
        const problem = paramProblem(p, s[p]);
        if (problem) return problem;
      }
    }
    return null;
  },
  read(key, ctx) {
    const on = selected.read(key, ctx);
    const out = {} as Optimizers;
    for (const name of OPTIMIZER_NAMES) {
      const s = defaultSettings(name, on.includes(name));
      s.schedule = schedule.read(`${name}.schedule`, ctx);
      s.decay = defaultDecay(s.schedule);
      for (const p of settingNames(name))
        s[p] = readNumber(
          ctx.query,
          `${name}.${p}`,
          s[p],
          (v) => paramProblem(p, v),
          ctx.ignored,
          ctx.explain,
        );
      out[name] = s;
    }
    // Names of settings a method does not have (adam.momentum, gd.eps) are reported, not silently dropped.
    for (const k of ctx.query.keys()) {
      const [name, p] = k.split('.');
      if (p === undefined || !(OPTIMIZER_NAMES as readonly string[]).includes(name)) continue;
      const known = p === 'schedule' || p === 'decay' || p === 'stepEvery';
      if (!known && !METHOD_PARAMS[name as OptimizerName].includes(p as ParamName))
        ctx.ignored.push(`${clip(k)} (${name} has no such setting)`);
    }
    return out;
  },
  write(q, key, value, view, how) {
    selected.write(
      q,
      key,
      OPTIMIZER_NAMES.filter((n) => value[n].on),
      view,
      how,
    );
    for (const name of OPTIMIZER_NAMES) {
      const s = value[name];
      // Against the schedule's own default decay, so that decode (which assumes it) reads it back.
      const d = { ...defaultSettings(name), decay: defaultDecay(s.schedule) };
      if (s.schedule !== 'constant') q.set(`${name}.schedule`, s.schedule);
      for (const p of settingNames(name)) {
        const shown = s.on && activeParams(name, s).includes(p);
        if (shown || !Object.is(s[p], d[p])) q.set(`${name}.${p}`, formatExact(s[p]));
      }
    }
  },
});

const toDomain = ([xmin, xmax, ymin, ymax]: number[]): Domain => ({ xmin, xmax, ymin, ymax });

const fields = {
  /** The function as typed (may be malformed while the student types). */
  fn: text({
    key: 'f',
    default: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    label: 'function',
    parse: parseProblem,
  }),
  domain: mapped(
    list({
      default: [-5, 5, -5, 5],
      length: 4,
      check: (d) => domainProblem(toDomain(d)),
      malformed: 'needs x min, x max, y min, y max',
    }),
    toDomain,
    (d) => [d.xmin, d.xmax, d.ymin, d.ymax],
  ),
  start: mapped(
    list({
      default: [-0.5, 0.5],
      length: 2,
      check: (s) => coordProblem('start x', s[0]) ?? coordProblem('start y', s[1]),
      malformed: 'needs x,y',
    }),
    (s): Vec2 => [s[0], s[1]],
    (s) => [...s],
  ),
  steps: integer({ default: 300, label: 'steps', min: 1, max: STEPS_MAX, check: stepsProblem }),
  optimizers,
  /** Animation position of the race, or null while no race is shown for these settings. */
  step: optional(
    integer({
      default: 0,
      label: 'step',
      check: (n, view) => {
        const steps = view.steps as number;
        return Number.isInteger(n) && n >= 0 && n <= steps
          ? null
          : `must be a whole number from 0 to ${steps}`;
      },
    }),
  ),
  speed: number({
    default: 1,
    label: 'speed',
    check: (s) => (SPEEDS.includes(s) ? null : 'unknown speed'),
    omit: (s) => s === 1,
  }),
  logLoss: flag({ key: 'log', default: false, label: 'log loss', omit: (on) => !on }),
  overlay: choice(OVERLAYS, {
    default: 'none',
    label: 'overlay',
    reason: 'use tangent or taylor',
    omit: (o) => o === 'none',
  }),
  /** Derivatives from first principles: the 1-D view, its f(x), point x0, step h and Taylor order. */
  oneD: later(flag({ key: '1d', default: false, label: '1-D', omit: (on) => !on })),
  fx: later(
    text({
      key: 'fx',
      default: 'sin(x) + x^2/4',
      label: 'f(x)',
      parse: xOnlyProblem,
      omit: (t) => t === 'sin(x) + x^2/4',
    }),
  ),
  x0: later(
    number({
      key: 'x0',
      default: 1,
      label: 'x0',
      step: 0.1,
      check: (v) => coordProblem('x0', v),
      omit: (v) => v === 1,
    }),
  ),
  h: later(
    number({ key: 'h', default: 0.5, label: 'h', step: 0.01, check: hProblem, omit: (v) => v === 0.5 }),
  ),
  order: later(
    integer({ key: 'order', default: 2, label: 'Taylor order', min: 1, max: 6, omit: (v) => v === 2 }),
  ),
  /** A constraint beside f: g(x, y) = c or g(x, y) ≤ c, and the constrained optimizers of the race. */
  g: later(
    text({
      key: 'g',
      default: 'x^2 + y^2',
      label: 'g(x,y)',
      parse: parseProblem,
      omit: (t) => t === 'x^2 + y^2',
    }),
  ),
  c: later(
    number({
      key: 'c',
      default: 4,
      label: 'c',
      step: 0.1,
      check: (v) => coordProblem('c', v),
      omit: (v) => v === 4,
    }),
  ),
  constraint: later(
    choice(CONSTRAINT_KINDS, {
      key: 'con',
      default: 'none',
      label: 'constraint',
      reason: 'use none, eq or le',
      omit: (k) => k === 'none',
    }),
  ),
  pgd: later(flag({ key: 'pgd', default: false, label: 'Projected GD', omit: (on) => !on })),
  penalty: later(flag({ key: 'pen', default: false, label: 'Penalty', omit: (on) => !on })),
  /** The 3-D surface's camera: azimuth and elevation (radians), zoom, and pan (fractions of the view). */
  cam: later(cameraField(CAMERA_HOME, { elevation: 1.6, zoom: [0, 10], pan: 0.5 })),
};

/** The calculus page's view: its address codec, as the URL binding takes it, and its defaults. */
export const calculusView = defineView({ path: '/calculus', explain: true, fields });
export type CalculusView = ViewOf<typeof fields>;
export const DEFAULT_VIEW: CalculusView = calculusView.defaults;
