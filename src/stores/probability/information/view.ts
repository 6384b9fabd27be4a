/**
 * The Entropy and KL tab: `v=1&tab=information&ent.p=0.1,0.2,…&kl.p=…&kl.q=…&kl.pmean=0&kl.psd=1&kl.qmean=1&kl.qsd=2`.
 * Distributions are comma-separated probabilities at full precision; a list that is malformed or not a
 * distribution (negative entry, sum ≠ 1) falls back to its default.
 */
import { checkDistribution } from '../../../core';
import { defineView, group, list, number, type ViewOf } from '../../view';

export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 12;

export function distributionProblem(p: number[]): string | null {
  if (p.length < MIN_OUTCOMES || p.length > MAX_OUTCOMES)
    return `between ${MIN_OUTCOMES} and ${MAX_OUTCOMES} outcomes`;
  try {
    checkDistribution(p, 'the list');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export const validMean = (v: number): string | null =>
  Math.abs(v) <= 100 ? null : 'the mean must be between −100 and 100';
export const validSd = (v: number): string | null =>
  v > 0 && v <= 100 ? null : 'the sd must be above 0 and at most 100';

const pmf = (key: string, d: number[]) => list({ key, default: d, check: distributionProblem });
const normal = (which: 'p' | 'q', mean: number, sd: number) =>
  group(
    {
      mean: number({ key: `${which}mean`, default: mean, label: 'mean', check: validMean }),
      sd: number({ key: `${which}sd`, default: sd, label: 'sd', check: validSd }),
    },
    { key: 'kl.' },
  );

const P = [0.4, 0.3, 0.15, 0.1, 0.04, 0.01];
const Q = [0.15, 0.15, 0.2, 0.2, 0.15, 0.15];

const fields = {
  /** The distribution of the entropy section. */
  entropy: pmf('ent.p', [0.05, 0.1, 0.15, 0.2, 0.25, 0.25]),
  // A peaked P against a flat Q: KL(P‖Q) ≈ 0.59 bits but KL(Q‖P) ≈ 0.79 bits, so the asymmetry shows at once.
  p: pmf('kl.p', P),
  q: list({
    key: 'kl.q',
    default: Q,
    check: distributionProblem,
    // P and Q are compared outcome by outcome: a pair of different lengths falls back together.
    after: (q, ctx) => {
      const p = ctx.partial.p as number[];
      if (p.length === q.length) return q;
      ctx.ignored.push(
        `kl.p and kl.q (they have ${p.length} and ${q.length} outcomes; both must have the same)`,
      );
      ctx.partial.p = P;
      return Q;
    },
  }),
  normalP: normal('p', 0, 1),
  normalQ: normal('q', 1, 2),
};

export const informationView = defineView({
  path: '/probability',
  tab: 'information',
  fields,
  readFirst: ['p', 'q'],
});
export type InformationView = ViewOf<typeof fields>;
export type NormalView = InformationView['normalP'];
