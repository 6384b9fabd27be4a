import { fillExponential } from '../samplers/index';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { scaled } from './tex';
import type { DistributionDef } from './types';

/**
 * Exponential with rate λ: f(x) = λe^(−λx) for x ≥ 0, F(x) = 1 − e^(−λx) (as −expm1 so that small
 * x keeps its precision), quantile −ln(1 − p)/λ, entropy 1 − ln λ.
 */
export const exponential: DistributionDef = {
  name: 'exponential',
  label: 'Exponential',
  discrete: false,
  params: [{ name: 'rate', label: 'Rate λ', min: 0.1, max: 5, step: 0.1, default: 1 }],
  check: (p) => runRules(p, [positive('rate')]),
  create: ({ rate }) => ({
    discrete: false,
    density: (x) => (x >= 0 ? rate * Math.exp(-rate * x) : Number.isNaN(x) ? NaN : 0),
    cdf: (x) => (x > 0 ? -Math.expm1(-rate * x) : Number.isNaN(x) ? NaN : 0),
    quantile: (p) => (p >= 0 && p <= 1 ? -Math.log1p(-p) / rate : NaN),
    mean: 1 / rate,
    variance: 1 / (rate * rate),
    entropy: 1 - Math.log(rate),
    ...sampler((rng, out) => fillExponential(rng, out, rate)),
  }),
  densityTex: ({ rate }) =>
    `f(x)=${scaled(rate, '')}${rate === 1 ? '' : '\\,'}e^{-${scaled(rate, 'x')}},\\quad x\\ge 0`,
  plotRange: (p) => continuousRange(exponential.create(p), [0, Infinity]),
};
