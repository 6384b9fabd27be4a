import type { Rng } from '../rng';
import { fillGamma } from '../samplers/index';
import { LN_SQRT_2PI } from '../special/constants';
import { digammaMinusLog } from '../special/digamma';
import { incompleteGamma } from '../special/incompleteGamma';
import { gammaPInv } from '../special/inverseGamma';
import { logGammaCorrection } from '../special/logGamma';
import { logPoissonTerm } from '../special/saddlePoint';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { base, num, power, scaled } from './tex';
import type { Distribution, DistributionDef } from './types';

/** The gamma density at y = βx, as β · y^(α−1) e^(−y) / Γ(α) in Loader's form. */
function gammaDensity(shape: number, rate: number, x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = rate * x;
  if (x < 0 || y === Infinity) return 0;
  if (y === 0) return shape < 1 ? Infinity : shape === 1 ? rate : 0;
  // y^(α−1)e^(−y)/Γ(α) is the Poisson term at α − 1; below α = 1 use α/y times the term at α.
  if (shape >= 1) return rate * Math.exp(logPoissonTerm(shape - 1, y));
  return ((rate * shape) / y) * Math.exp(logPoissonTerm(shape, y));
}

/**
 * Gamma(α, β) with shape α and rate β: f(x) = β^α x^(α−1) e^(−βx) / Γ(α), F(x) = P(α, βx),
 * entropy α − ln β + ln Γ(α) + (1 − α)ψ(α). Shared with the chi-squared, which brings its own sampler.
 */
export function gammaDistribution(
  shape: number,
  rate: number,
  fill: (rng: Rng, out: Float64Array) => void,
): Distribution {
  return {
    discrete: false,
    density: (x) => gammaDensity(shape, rate, x),
    cdf: (x) => (x > 0 ? incompleteGamma(shape, rate * x)[0] : Number.isNaN(x) ? NaN : 0),
    quantile: (p) => gammaPInv(shape, p) / rate,
    mean: shape / rate,
    variance: shape / (rate * rate),
    // α − ln β + ln Γ(α) + (1 − α)ψ(α) with Stirling's terms cancelled analytically:
    // ½ ln α + ln √(2π) − ln β + δ(α) + (1 − α)(ψ(α) − ln α), accurate for large α too.
    entropy:
      0.5 * Math.log(shape) +
      LN_SQRT_2PI -
      Math.log(rate) +
      logGammaCorrection(shape) +
      (1 - shape) * digammaMinusLog(shape),
    ...sampler(fill),
  };
}

export const gamma: DistributionDef = {
  name: 'gamma',
  label: 'Gamma',
  discrete: false,
  params: [
    { name: 'shape', label: 'Shape α', min: 0.1, max: 20, step: 0.1, default: 2 },
    { name: 'rate', label: 'Rate β', min: 0.1, max: 5, step: 0.1, default: 1 },
  ],
  check: (p) => runRules(p, [positive('shape'), positive('rate')]),
  create: ({ shape, rate }) => gammaDistribution(shape, rate, (rng, out) => fillGamma(rng, out, shape, rate)),
  densityTex: ({ shape, rate }) => {
    const top = rate === 1 ? '1' : `${base(rate)}^{${num(shape)}}`;
    return `f(x)=\\frac{${top}}{\\Gamma(${num(shape)})}\\,${power('x', shape - 1)}\\,e^{-${scaled(rate, 'x')}},\\quad x>0`;
  },
  plotRange: (p) => continuousRange(gamma.create(p), [0, Infinity]),
};
