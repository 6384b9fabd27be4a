import { fillBernoulli } from '../samplers/index';
import { probability, runRules } from './checks';
import { discreteQuantile } from './discrete';
import { sampler } from './sampling';
import { base } from './tex';
import type { DistributionDef } from './types';

/** v ln v with the limit 0 at v = 0, for entropies of degenerate laws. */
export function xLogX(v: number, logV: number = Math.log(v)): number {
  return v === 0 ? 0 : v * logV;
}

/**
 * Bernoulli(p) on {0, 1}: P(X = 1) = p, P(X = 0) = 1 − p; variance p(1 − p),
 * entropy −p ln p − (1 − p) ln(1 − p).
 */
export const bernoulli: DistributionDef = {
  name: 'bernoulli',
  label: 'Bernoulli',
  discrete: true,
  params: [{ name: 'p', label: 'Success probability p', min: 0, max: 1, step: 0.01, default: 0.3 }],
  check: (params) => runRules(params, [probability('p')]),
  create: ({ p }) => {
    const cdf = (x: number): number => (x < 0 ? 0 : x < 1 ? 1 - p : Number.isNaN(x) ? NaN : 1);
    return {
      discrete: true,
      density: (x) => (x === 0 ? 1 - p : x === 1 ? p : Number.isNaN(x) ? NaN : 0),
      cdf,
      quantile: (u) => discreteQuantile(u, cdf, 0, 1, 0),
      mean: p,
      variance: p * (1 - p),
      entropy: 0 - xLogX(p) - xLogX(1 - p, Math.log1p(-p)), // +0, not −0, at p ∈ {0, 1}
      ...sampler((rng, out) => fillBernoulli(rng, out, p)),
    };
  },
  densityTex: ({ p }) => `P(X=k)=${base(p)}^{k}\\,${base(1 - p)}^{1-k},\\quad k\\in\\{0,1\\}`,
  plotRange: () => [0, 1],
};
