/**
 * The Law of large numbers tab as a URL query, format version 1:
 * `v=1&tab=lln&lln.dist=exponential&lln.rate=1&lln.draws=100000&lln.runs=5&lln.seed=1`.
 * Every key but `v` and `tab` is prefixed, so no two tabs share a key. Decoding never throws: invalid
 * values fall back to defaults and are named in `ignored`.
 */
import { LLN_MAX_DRAWS, LLN_MAX_RUNS, type DistributionName } from '../core';
import { formatExact } from './numberText';
import { decodeDistribution, defaultParams, encodeDistribution, validSeed } from './probabilityUrl';
import { checkVersion, readNumber } from './urlFields';

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
