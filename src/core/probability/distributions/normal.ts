import { fillNormal } from '../samplers/index';
import { LN_SQRT_2PI } from '../special/constants';
import { normalCdf, normalPdf, normalQuantile } from '../special/normal';
import { positive, runRules } from './checks';
import { continuousRange } from './range';
import { sampler } from './sampling';
import { base, scaled, shifted } from './tex';
import type { DistributionDef } from './types';

/**
 * Normal N(μ, σ²): f(x) = e^(−(x−μ)²/(2σ²)) / (σ√(2π)), F(x) = Φ((x−μ)/σ),
 * entropy ½ ln(2πeσ²).
 */
export const normal: DistributionDef = {
  name: 'normal',
  label: 'Normal',
  discrete: false,
  params: [
    { name: 'mean', label: 'Mean μ', min: -5, max: 5, step: 0.1, default: 0 },
    { name: 'sd', label: 'Standard deviation σ', min: 0.1, max: 5, step: 0.1, default: 1 },
  ],
  check: (p) => runRules(p, [positive('sd')]),
  create: ({ mean, sd }) => ({
    discrete: false,
    density: (x) => normalPdf((x - mean) / sd) / sd,
    cdf: (x) => normalCdf((x - mean) / sd),
    quantile: (p) => mean + sd * normalQuantile(p),
    mean,
    variance: sd * sd,
    entropy: 0.5 + LN_SQRT_2PI + Math.log(sd),
    ...sampler((rng, out) => fillNormal(rng, out, mean, sd)),
  }),
  densityTex: ({ mean, sd }) => {
    const square = mean === 0 ? 'x^2' : `(${shifted('x', mean)})^2`;
    const spread = sd === 1 ? '2' : `2\\cdot ${base(sd)}^2`;
    return `f(x)=\\frac{1}{${scaled(sd, '\\sqrt{2\\pi}')}}\\,e^{-\\frac{${square}}{${spread}}}`;
  },
  plotRange: (p) => continuousRange(normal.create(p), [-Infinity, Infinity]),
};
