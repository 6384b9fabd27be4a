import { fillLognormal } from '../samplers/index';
import { LN_SQRT_2PI } from '../special/constants';
import { normalCdf, normalPdf, normalQuantile } from '../special/normal';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { base, scaled, shifted } from './tex';
import type { DistributionDef } from './types';

/**
 * Log-normal: ln X ~ N(μ, σ²). f(x) = φ((ln x − μ)/σ) / (σx) for x > 0, F(x) = Φ((ln x − μ)/σ),
 * mean e^(μ+σ²/2), variance (e^(σ²) − 1) e^(2μ+σ²) (with expm1 for small σ), entropy μ + ½ + ln(σ√(2π)).
 */
export const lognormal: DistributionDef = {
  name: 'lognormal',
  label: 'Log-normal',
  discrete: false,
  params: [
    { name: 'mu', label: 'Log-mean μ', min: -2, max: 2, step: 0.1, default: 0 },
    { name: 'sigma', label: 'Log-standard deviation σ', min: 0.1, max: 2, step: 0.05, default: 0.5 },
  ],
  check: (p) => runRules(p, [positive('sigma')]),
  create: ({ mu, sigma }) => ({
    discrete: false,
    density: (x) => (x > 0 ? normalPdf((Math.log(x) - mu) / sigma) / (sigma * x) : Number.isNaN(x) ? NaN : 0),
    cdf: (x) => (x > 0 ? normalCdf((Math.log(x) - mu) / sigma) : Number.isNaN(x) ? NaN : 0),
    quantile: (p) => Math.exp(mu + sigma * normalQuantile(p)),
    mean: Math.exp(mu + (sigma * sigma) / 2),
    variance: Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma),
    entropy: mu + 0.5 + Math.log(sigma) + LN_SQRT_2PI,
    ...sampler((rng, out) => fillLognormal(rng, out, mu, sigma)),
  }),
  densityTex: ({ mu, sigma }) => {
    const square = mu === 0 ? '(\\ln x)^2' : `(${shifted('\\ln x', mu)})^2`;
    const spread = sigma === 1 ? '2' : `2\\cdot ${base(sigma)}^2`;
    return `f(x)=\\frac{1}{${scaled(sigma, 'x\\sqrt{2\\pi}')}}\\,e^{-\\frac{${square}}{${spread}}},\\quad x>0`;
  },
  plotRange: (p) => continuousRange(lognormal.create(p), [0, Infinity]),
};
