/**
 * The probability page's state as a URL query, format version 1:
 * `v=1&dist=gamma&shape=2.5&rate=1.5&samples=1000000&seed=42`.
 * Parameters keep their fixture names. Decoding never throws: each invalid or unknown value falls back to
 * its default and is named in `ignored`, which the page shows as a notice.
 */
import { DISTRIBUTIONS, DISTRIBUTION_NAMES, validateParams, type DistributionName } from '../core';
import { formatExact, parseDecimal } from './numberText';

export const URL_VERSION = 1;
export const SAMPLES_MIN = 10;
export const SAMPLES_MAX = 1e9;

export interface ProbabilityView {
  dist: DistributionName;
  params: Record<string, number>;
  samples: number;
  seed: number;
}

export function defaultParams(dist: DistributionName): Record<string, number> {
  return Object.fromEntries(DISTRIBUTIONS[dist].params.map((p) => [p.name, p.default]));
}

export const DEFAULT_VIEW: ProbabilityView = {
  dist: 'normal',
  params: defaultParams('normal'),
  samples: 100_000,
  seed: 42,
};

export function encodeProbabilityView(view: ProbabilityView): string {
  const q = new URLSearchParams();
  q.set('v', String(URL_VERSION));
  q.set('dist', view.dist);
  for (const p of DISTRIBUTIONS[view.dist].params) q.set(p.name, formatExact(view.params[p.name]));
  q.set('samples', formatExact(view.samples));
  q.set('seed', formatExact(view.seed));
  return q.toString();
}

export function validSampleSize(n: number): string | null {
  if (!Number.isInteger(n)) return 'sample size must be a whole number';
  if (n < SAMPLES_MIN || n > SAMPLES_MAX) return `sample size must be between ${SAMPLES_MIN} and 10^9`;
  return null;
}

export function validSeed(s: number): string | null {
  if (!Number.isInteger(s) || s < 0 || s > 2 ** 32 - 1)
    return 'seed must be a whole number from 0 to 4294967295';
  return null;
}

export function decodeProbabilityView(query: URLSearchParams): { view: ProbabilityView; ignored: string[] } {
  const ignored: string[] = [];
  const v = query.get('v');
  if (v !== null && v !== String(URL_VERSION))
    ignored.push(`v=${clip(v)} (unknown link version, read as version 1)`);

  const distText = query.get('dist');
  let dist = DEFAULT_VIEW.dist;
  if (distText !== null) {
    if ((DISTRIBUTION_NAMES as string[]).includes(distText)) dist = distText as DistributionName;
    else ignored.push(`dist=${clip(distText)}`);
  }

  const params = defaultParams(dist);
  for (const spec of DISTRIBUTIONS[dist].params) {
    const text = query.get(spec.name);
    if (text === null) continue;
    const value = parseDecimal(text);
    if (value === null) ignored.push(`${spec.name}=${clip(text)}`);
    else params[spec.name] = value;
  }
  // Values that parse but do not make a valid distribution together (sd=0, a>b) fall back as well.
  for (const problem of validateParams(dist, params)) {
    if (params[problem.param] === undefined) continue;
    ignored.push(`${problem.param}=${clip(query.get(problem.param) ?? '')} (${problem.message})`);
    params[problem.param] = DISTRIBUTIONS[dist].params.find((p) => p.name === problem.param)?.default ?? NaN;
  }
  if (validateParams(dist, params).length > 0) Object.assign(params, defaultParams(dist));

  const samples = readInt(query, 'samples', DEFAULT_VIEW.samples, validSampleSize, ignored);
  const seed = readInt(query, 'seed', DEFAULT_VIEW.seed, validSeed, ignored);
  return { view: { dist, params, samples, seed }, ignored };
}

function readInt(
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

// A hand-edited address can be huge; the notice quotes only its start.
function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}
