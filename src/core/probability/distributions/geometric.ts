import { fillGeometric } from '../samplers/index';
import { positiveProbability, runRules } from './checks';
import { xLogX } from './bernoulli';
import { discreteQuantile } from './discrete';
import { discreteRange } from './range';
import { sampler } from './sampling';
import { base } from './tex';
import type { DistributionDef } from './types';

/**
 * Geometric(p), the number of trials up to and including the first success (support 1, 2, …):
 * P(X = k) = p(1−p)^(k−1), F(k) = 1 − (1−p)^k (as −expm1(k ln(1−p))); mean 1/p, variance (1−p)/p²,
 * entropy (−(1−p) ln(1−p) − p ln p)/p.
 */
export const geometric: DistributionDef = {
  name: 'geometric',
  label: 'Geometric',
  discrete: true,
  params: [{ name: 'p', label: 'Success probability p', min: 0.01, max: 1, step: 0.01, default: 0.25 }],
  check: (params) => runRules(params, [positiveProbability('p')]),
  create: ({ p }) => {
    const logQ = Math.log1p(-p); // −Infinity when p = 1
    const cdf = (x: number): number => {
      if (Number.isNaN(x)) return NaN;
      const k = Math.floor(x);
      return k < 1 ? 0 : p === 1 ? 1 : -Math.expm1(k * logQ);
    };
    return {
      discrete: true,
      density: (x) => {
        if (!(Number.isInteger(x) && x >= 1)) return Number.isNaN(x) ? NaN : 0;
        return x === 1 ? p : p * Math.exp((x - 1) * logQ);
      },
      cdf,
      // Inverting 1 − (1−p)^k ≥ u gives k ≥ ln(1−u)/ln(1−p); the search settles float ties.
      // P(X > k) = (1−p)^k, kept as a small number in the tail where the cdf is a float next to 1.
      quantile: (u) =>
        discreteQuantile(u, cdf, 1, Infinity, Math.ceil(Math.log1p(-u) / logQ), (k) =>
          k < 1 ? 1 : Math.exp(k * logQ),
        ),
      mean: 1 / p,
      variance: (1 - p) / (p * p),
      entropy: 0 - (xLogX(1 - p, logQ) + xLogX(p)) / p, // 0 − … so that p = 1 gives +0, not −0
      ...sampler((rng, out) => fillGeometric(rng, out, p)),
    };
  },
  densityTex: ({ p }) => `P(X=k)=${base(p)}\\cdot ${base(1 - p)}^{k-1},\\quad k=1,2,\\dots`,
  plotRange: (params) => discreteRange(geometric.create(params)),
};
