import { fillCauchy } from '../samplers/index';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { num, scaled, shifted } from './tex';
import type { DistributionDef } from './types';

/**
 * Cauchy with location x₀ and scale γ: f(x) = 1 / (πγ(1 + ((x−x₀)/γ)²)),
 * F(x) = ½ + arctan((x−x₀)/γ)/π. No mean or variance (NaN); entropy ln(4πγ).
 */
export const cauchy: DistributionDef = {
  name: 'cauchy',
  label: 'Cauchy',
  discrete: false,
  params: [
    { name: 'x0', label: 'Location x₀', min: -5, max: 5, step: 0.1, default: 0 },
    { name: 'gamma', label: 'Scale γ', min: 0.1, max: 5, step: 0.1, default: 1 },
  ],
  check: (p) => runRules(p, [positive('gamma')]),
  create: ({ x0, gamma }) => ({
    discrete: false,
    density: (x) => {
      const z = (x - x0) / gamma;
      return 1 / (Math.PI * gamma * (1 + z * z));
    },
    // arctan(1/|z|)/π is the far tail itself, so ½ ± arctan(z)/π never cancels.
    cdf: (x) => {
      const z = (x - x0) / gamma;
      return z <= 0 ? Math.atan2(1, -z) / Math.PI : 1 - Math.atan2(1, z) / Math.PI;
    },
    // tan(π(p − ½)) = −cot(πp): take the cotangent of the nearer tail, where πp is exact enough.
    quantile: (p) => {
      if (!(p >= 0 && p <= 1)) return NaN;
      if (p === 0.5) return x0;
      return p < 0.5 ? x0 - gamma / Math.tan(Math.PI * p) : x0 + gamma / Math.tan(Math.PI * (1 - p));
    },
    mean: NaN,
    variance: NaN,
    entropy: Math.log(4 * Math.PI * gamma),
    ...sampler((rng, out) => fillCauchy(rng, out, x0, gamma)),
  }),
  densityTex: ({ x0, gamma }) => {
    const z = gamma === 1 ? shifted('x', x0) : `\\frac{${shifted('x', x0)}}{${num(gamma)}}`;
    const square = gamma === 1 && x0 === 0 ? 'x^2' : `\\left(${z}\\right)^2`;
    return `f(x)=\\frac{1}{${scaled(gamma, '\\pi')}\\left[1+${square}\\right]}`;
  },
  plotRange: (p) => continuousRange(cauchy.create(p), [-Infinity, Infinity]),
};
