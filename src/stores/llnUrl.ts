/**
 * The Law of large numbers tab as a URL query, format version 1:
 * `v=1&tab=lln&lln.dist=exponential&lln.rate=1&lln.draws=100000&lln.runs=5&lln.seed=1`.
 * Every key but `v` and `tab` is prefixed, so no two tabs share a key. Decoding never throws: invalid
 * values fall back to defaults and are named in `ignored`. The distribution helpers here are shared with
 * the Central limit theorem tab's codec.
 */
import {
  DISTRIBUTIONS,
  DISTRIBUTION_NAMES,
  LLN_MAX_DRAWS,
  LLN_MAX_RUNS,
  validateParams,
  type DistributionName,
} from '../core';
import { formatExact, parseDecimal } from './numberText';
import { defaultParams, validSeed } from './probabilityUrl';

export interface LlnView {
  dist: DistributionName;
  params: Record<string, number>;
  /** Draws per run. */
  draws: number;
  runs: number;
  seed: number;
}

export const DEFAULT_LLN_VIEW: LlnView = {
  dist: 'exponential',
  params: defaultParams('exponential'),
  draws: 100_000,
  runs: 5,
  seed: 1,
};

export function validDraws(n: number): string | null {
  return Number.isInteger(n) && n >= 10 && n <= LLN_MAX_DRAWS
    ? null
    : 'draws must be a whole number from 10 to 10^6';
}

export function validRuns(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= LLN_MAX_RUNS
    ? null
    : `runs must be a whole number from 1 to ${LLN_MAX_RUNS}`;
}

export function encodeLlnView(view: LlnView): string {
  const q = new URLSearchParams();
  q.set('v', '1');
  q.set('tab', 'lln');
  encodeDistribution(q, 'lln.', view.dist, view.params);
  q.set('lln.draws', formatExact(view.draws));
  q.set('lln.runs', formatExact(view.runs));
  q.set('lln.seed', formatExact(view.seed));
  return q.toString();
}

export function decodeLlnView(query: URLSearchParams): { view: LlnView; ignored: string[] } {
  const ignored: string[] = [];
  checkVersion(query, ignored);
  const { dist, params } = decodeDistribution(query, 'lln.', DEFAULT_LLN_VIEW.dist, ignored);
  const d = DEFAULT_LLN_VIEW;
  return {
    view: {
      dist,
      params,
      draws: readNumber(query, 'lln.draws', d.draws, validDraws, ignored),
      runs: readNumber(query, 'lln.runs', d.runs, validRuns, ignored),
      seed: readNumber(query, 'lln.seed', d.seed, validSeed, ignored),
    },
    ignored,
  };
}

/** Writes `<prefix>dist` and one `<prefix><param>` per parameter of the family. */
export function encodeDistribution(
  q: URLSearchParams,
  prefix: string,
  dist: DistributionName,
  params: Record<string, number>,
): void {
  q.set(`${prefix}dist`, dist);
  for (const p of DISTRIBUTIONS[dist].params) q.set(prefix + p.name, formatExact(params[p.name]));
}

/**
 * Reads a family and its parameters under `prefix`. Values that do not parse, or parse but are invalid
 * (alone or together, as uniform a > b), fall back to the family's defaults and are named in `ignored`.
 */
export function decodeDistribution(
  query: URLSearchParams,
  prefix: string,
  fallback: DistributionName,
  ignored: string[],
): { dist: DistributionName; params: Record<string, number> } {
  const text = query.get(`${prefix}dist`);
  let dist = fallback;
  if (text !== null) {
    if ((DISTRIBUTION_NAMES as string[]).includes(text)) dist = text as DistributionName;
    else ignored.push(`${prefix}dist=${clip(text)}`);
  }
  const params = defaultParams(dist);
  for (const spec of DISTRIBUTIONS[dist].params) {
    const raw = query.get(prefix + spec.name);
    if (raw === null) continue;
    const v = parseDecimal(raw);
    if (v === null) ignored.push(`${prefix}${spec.name}=${clip(raw)}`);
    else params[spec.name] = v;
  }
  const problems = validateParams(dist, params);
  if (problems.length > 0) {
    for (const p of problems)
      ignored.push(`${prefix}${p.param}=${clip(query.get(prefix + p.param) ?? '')} (${p.message})`);
    return { dist, params: defaultParams(dist) };
  }
  return { dist, params };
}

/** A number under `key`, or `fallback` (named in `ignored`) when it does not parse or fails `check`. */
export function readNumber(
  query: URLSearchParams,
  key: string,
  fallback: number,
  check: (n: number) => string | null,
  ignored: string[],
): number {
  const text = query.get(key);
  if (text === null) return fallback;
  const n = parseDecimal(text);
  if (n === null || check(n) !== null) {
    ignored.push(`${key}=${clip(text)}`);
    return fallback;
  }
  return n;
}

export function checkVersion(query: URLSearchParams, ignored: string[]): void {
  const v = query.get('v');
  if (v !== null && v !== '1') ignored.push(`v=${clip(v)} (unknown link version, read as version 1)`);
}

/** A hand-edited address can be huge; the notice quotes only its start. */
export function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}
