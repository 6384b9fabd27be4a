import { fillUniform } from '../samplers/index';
import { ordered, runRules } from './checks';
import { sampler } from './sampling';
import { num } from './tex';
import type { DistributionDef } from './types';

/**
 * Continuous uniform U(a, b): f(x) = 1/(b − a) on [a, b], F(x) = (x − a)/(b − a) clamped to [0, 1],
 * entropy ln(b − a).
 */
export const uniform: DistributionDef = {
  name: 'uniform',
  label: 'Uniform',
  discrete: false,
  params: [
    { name: 'a', label: 'Lower bound a', min: -5, max: 5, step: 0.1, default: 0 },
    { name: 'b', label: 'Upper bound b', min: -5, max: 5, step: 0.1, default: 1 },
  ],
  check: (p) => runRules(p, [ordered('a', 'b')]),
  create: ({ a, b }) => {
    const width = b - a;
    return {
      discrete: false,
      density: (x) => (x >= a && x <= b ? 1 / width : Number.isNaN(x) ? NaN : 0),
      cdf: (x) => (x <= a ? 0 : x >= b ? 1 : (x - a) / width),
      // From the nearer end, so that quantiles close to b do not round through a.
      quantile: (p) => (!(p >= 0 && p <= 1) ? NaN : p <= 0.5 ? a + p * width : b - (1 - p) * width),
      mean: a + width / 2,
      variance: (width * width) / 12,
      entropy: Math.log(width),
      ...sampler((rng, out) => fillUniform(rng, out, a, b)),
    };
  },
  densityTex: ({ a, b }) =>
    `f(x)=\\begin{cases}\\frac{1}{${num(b - a)}} & ${num(a)}\\le x\\le ${num(b)}\\\\ 0 & \\text{otherwise}\\end{cases}`,
  plotRange: ({ a, b }) => [a - 0.1 * (b - a), b + 0.1 * (b - a)],
};
