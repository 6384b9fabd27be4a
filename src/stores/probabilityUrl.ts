/**
 * The probability page's state as a URL query, format version 1:
 * `v=1&dist=gamma&shape=2.5&rate=1.5&samples=1000000&seed=42`.
 * Parameters keep their fixture names. Decoding never throws: each invalid or unknown value falls back to
 * its default and is named in `ignored`, which the page shows as a notice.
 */
import { DISTRIBUTIONS, DISTRIBUTION_NAMES, validateParams, type DistributionName } from '../core';
import { formatExact, parseDecimal } from './numberText';
import { checkVersion, clip, readChoice, readNumber } from './urlFields';

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

/** Parameters last chosen for each distribution, so switching back and forth keeps them. */
export type RememberedParams = Partial<Record<DistributionName, Record<string, number>>>;

/**
 * `view` switched to `dist`: the current family's parameters are remembered, and `dist` gets the ones it
 * had last (or its defaults).
 */
export function switchDistribution<V extends { dist: DistributionName; params: Record<string, number> }>(
  view: V,
  remembered: RememberedParams,
  dist: DistributionName,
): { view: V; remembered: RememberedParams } {
  const keep = { ...remembered, [view.dist]: view.params };
  return { view: { ...view, dist, params: keep[dist] ?? defaultParams(dist) }, remembered: keep };
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
  checkVersion(query, ignored);

  const { dist, params } = readDistribution(query, '', DEFAULT_VIEW.dist, ignored);
  // Values that parse but do not make a valid distribution together (sd=0, a>b) fall back as well.
  for (const problem of validateParams(dist, params)) {
    if (params[problem.param] === undefined) continue;
    ignored.push(`${problem.param}=${clip(query.get(problem.param) ?? '')} (${problem.message})`);
    params[problem.param] = DISTRIBUTIONS[dist].params.find((p) => p.name === problem.param)?.default ?? NaN;
  }
  if (validateParams(dist, params).length > 0) Object.assign(params, defaultParams(dist));

  const samples = readNumber(query, 'samples', DEFAULT_VIEW.samples, validSampleSize, ignored);
  const seed = readNumber(query, 'seed', DEFAULT_VIEW.seed, validSeed, ignored);
  return { view: { dist, params, samples, seed }, ignored };
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
 * Reads a family and its parameters under `prefix` (the simulation tabs' codecs). Values that do not parse,
 * or parse but are invalid (alone or together, as uniform a > b), fall back to the family's defaults and are
 * named in `ignored`.
 */
export function decodeDistribution(
  query: URLSearchParams,
  prefix: string,
  fallback: DistributionName,
  ignored: string[],
): { dist: DistributionName; params: Record<string, number> } {
  const { dist, params } = readDistribution(query, prefix, fallback, ignored);
  const problems = validateParams(dist, params);
  if (problems.length > 0) {
    for (const p of problems)
      ignored.push(`${prefix}${p.param}=${clip(query.get(prefix + p.param) ?? '')} (${p.message})`);
    return { dist, params: defaultParams(dist) };
  }
  return { dist, params };
}

/** The family under `<prefix>dist` and its parameters as written, not yet checked together. */
function readDistribution(
  query: URLSearchParams,
  prefix: string,
  fallback: DistributionName,
  ignored: string[],
): { dist: DistributionName; params: Record<string, number> } {
  const dist = readChoice(query, `${prefix}dist`, DISTRIBUTION_NAMES, fallback, ignored);
  const params = defaultParams(dist);
  for (const spec of DISTRIBUTIONS[dist].params) {
    const text = query.get(prefix + spec.name);
    if (text === null) continue;
    const value = parseDecimal(text);
    if (value === null) ignored.push(`${prefix}${spec.name}=${clip(text)}`);
    else params[spec.name] = value;
  }
  return { dist, params };
}
