import { fillLaplace } from '../samplers/index';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { num, shifted } from './tex';
import type { DistributionDef } from './types';

/**
 * Laplace (double exponential) with location μ and scale b: f(x) = e^(−|x−μ|/b) / (2b),
 * F(x) = ½e^((x−μ)/b) below μ and 1 − ½e^(−(x−μ)/b) above; variance 2b², entropy 1 + ln(2b).
 */
export const laplace: DistributionDef = {
  name: 'laplace',
  label: 'Laplace',
  discrete: false,
  params: [
    { name: 'mu', label: 'Location μ', min: -5, max: 5, step: 0.1, default: 0 },
    { name: 'b', label: 'Scale b', min: 0.1, max: 5, step: 0.1, default: 1 },
  ],
  check: (p) => runRules(p, [positive('b')]),
  create: ({ mu, b }) => ({
    discrete: false,
    density: (x) => Math.exp(-Math.abs(x - mu) / b) / (2 * b),
    cdf: (x) => (x < mu ? 0.5 * Math.exp((x - mu) / b) : 1 - 0.5 * Math.exp(-(x - mu) / b)),
    // Each half inverts its own exponential tail, reading 1 − p only where it is exact.
    quantile: (p) =>
      !(p >= 0 && p <= 1) ? NaN : p <= 0.5 ? mu + b * Math.log(2 * p) : mu - b * Math.log(2 * (1 - p)),
    mean: mu,
    variance: 2 * b * b,
    entropy: 1 + Math.log(2 * b),
    ...sampler((rng, out) => fillLaplace(rng, out, mu, b)),
  }),
  densityTex: ({ mu, b }) => {
    const spread = b === 1 ? `|${shifted('x', mu)}|` : `\\frac{|${shifted('x', mu)}|}{${num(b)}}`;
    return `f(x)=\\frac{1}{${num(2 * b)}}\\,e^{-${spread}}`;
  },
  plotRange: (p) => continuousRange(laplace.create(p), [-Infinity, Infinity]),
};
