/** The Central limit theorem tab: `v=1&tab=clt&clt.dist=…&clt.draws=5&clt.reps=100000&clt.stat=mean&clt.seed=1`. */
import { cltSizeProblems } from '../../../core';
import { choice, clip, defineView, integer, seed, type ViewOf } from '../../view';
import { distributionFields } from '../shared';

const DEFAULT_REPS = 100_000;

const fields = {
  ...distributionFields('exponential'),
  /** Draws per statistic. */
  k: integer({
    key: 'draws',
    default: 5,
    label: 'draws per statistic',
    min: 1,
    check: (k) => cltSizeProblems(k, 1000).find((p) => p.field === 'k')?.message ?? null,
  }),
  reps: integer({
    default: DEFAULT_REPS,
    label: 'repetitions',
    min: 1,
    check: (reps) => cltSizeProblems(1, reps).find((p) => p.field === 'reps')?.message ?? null,
    // k × reps is bounded too: a pair over the budget keeps k and takes the most repetitions it allows.
    after: (reps, ctx) => {
      const k = ctx.partial.k as number;
      const product = cltSizeProblems(k, reps)[0];
      if (!product) return reps;
      ctx.ignored.push(`clt.reps=${clip(ctx.query.get('clt.reps') ?? '')} (${product.message})`);
      return Math.min(DEFAULT_REPS, Math.floor(1e8 / k));
    },
  }),
  stat: choice(['mean', 'sum'] as const, { default: 'mean', label: 'statistic' }),
  seed: seed({ default: 1 }),
};

export const cltView = defineView({ path: '/probability', tab: 'clt', prefix: 'clt.', fields });
export type CltView = ViewOf<typeof fields>;
