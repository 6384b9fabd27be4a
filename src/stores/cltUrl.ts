/**
 * The Central limit theorem tab as a URL query, format version 1:
 * `v=1&tab=clt&clt.dist=exponential&clt.rate=1&clt.draws=5&clt.reps=100000&clt.stat=mean&clt.seed=1`
 * (`clt.draws` is k, the number of draws per statistic). Decoding never throws; see llnUrl.ts.
 */
import { cltSizeProblems, type DistributionName } from '../core';
import { formatExact } from './numberText';
import { decodeDistribution, defaultParams, encodeDistribution, validSeed } from './probabilityUrl';
import { checkVersion, clip, readChoice, readNumber } from './urlFields';

export interface CltView {
  dist: DistributionName;
  params: Record<string, number>;
  /** Draws per statistic. */
  k: number;
  reps: number;
  stat: 'mean' | 'sum';
  seed: number;
}

export const DEFAULT_CLT_VIEW: CltView = {
  dist: 'exponential',
  params: defaultParams('exponential'),
  k: 5,
  reps: 100_000,
  stat: 'mean',
  seed: 1,
};

export function validK(k: number): string | null {
  return cltSizeProblems(k, 1000).find((p) => p.field === 'k')?.message ?? null;
}

export function validReps(reps: number): string | null {
  return cltSizeProblems(1, reps).find((p) => p.field === 'reps')?.message ?? null;
}

export function encodeCltView(view: CltView): string {
  const q = new URLSearchParams();
  q.set('v', '1');
  q.set('tab', 'clt');
  encodeDistribution(q, 'clt.', view.dist, view.params);
  q.set('clt.draws', formatExact(view.k));
  q.set('clt.reps', formatExact(view.reps));
  q.set('clt.stat', view.stat);
  q.set('clt.seed', formatExact(view.seed));
  return q.toString();
}

export function decodeCltView(query: URLSearchParams): { view: CltView; ignored: string[] } {
  const ignored: string[] = [];
  checkVersion(query, ignored);
  const d = DEFAULT_CLT_VIEW;
  const { dist, params } = decodeDistribution(query, 'clt.', d.dist, ignored);
  const k = readNumber(query, 'clt.draws', d.k, validK, ignored);
  let reps = readNumber(query, 'clt.reps', d.reps, validReps, ignored);
  const product = cltSizeProblems(k, reps)[0];
  if (product) {
    ignored.push(`clt.reps=${clip(query.get('clt.reps') ?? '')} (${product.message})`);
    reps = Math.min(d.reps, Math.floor(1e8 / k));
  }
  const stat = readChoice(query, 'clt.stat', ['mean', 'sum'] as const, d.stat, ignored);
  const seed = readNumber(query, 'clt.seed', d.seed, validSeed, ignored);
  return { view: { dist, params, k, reps, stat, seed }, ignored };
}
