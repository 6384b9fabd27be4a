/** The Monte Carlo tab: `v=1&tab=montecarlo&mc.mode=pi&mc.points=100000&mc.seed=1&mc.f=exp(-x^2)&mc.a=0&mc.b=2`. */
import { intervalProblem, parseFunctionOfX, PI_MAX_POINTS } from '../../../core';
import { formatExact } from '../../../core/numberText';
import { choice, defineView, integer, number, seed, text, type ViewOf } from '../../view';

export const MC_MODES = ['pi', 'integral'] as const;
export type McMode = (typeof MC_MODES)[number];

const fields = {
  mode: choice(MC_MODES, { default: 'pi', label: 'mode' }),
  points: integer({
    default: 100_000,
    label: 'points',
    min: 10,
    max: PI_MAX_POINTS,
    message: 'points must be a whole number from 10 to 10^7',
  }),
  seed: seed({ default: 1 }),
  /** f(x) as typed. */
  f: text({
    default: 'exp(-x^2)',
    label: 'f(x)',
    parse: (t) => {
      const r = parseFunctionOfX(t);
      return r.ok ? null : r.error.message;
    },
  }),
  a: number({ default: 0, label: 'a', check: () => null }),
  b: number({
    default: 2,
    label: 'b',
    check: () => null,
    // The interval is checked as a pair: both ends fall back together.
    after: (b, ctx) => {
      const a = ctx.partial.a as number;
      const problem = intervalProblem(a, b);
      if (!problem) return b;
      ctx.ignored.push(`mc.a=${formatExact(a)}, mc.b=${formatExact(b)} (${problem})`);
      ctx.partial.a = 0;
      return 2;
    },
  }),
};

export const monteCarloView = defineView({ path: '/probability', tab: 'montecarlo', prefix: 'mc.', fields });
export type MonteCarloView = ViewOf<typeof fields>;
