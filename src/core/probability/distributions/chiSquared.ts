import { fillChiSquared } from '../samplers/index';
import { positive, runRules } from './checks';
import { gammaDistribution } from './gamma';
import { continuousRange } from './range';
import { num, power } from './tex';
import type { DistributionDef } from './types';

/**
 * Chi-squared with k degrees of freedom, the Gamma(k/2, ½) law of a sum of k squared standard
 * normals: f(x) = x^(k/2−1) e^(−x/2) / (2^(k/2) Γ(k/2)). k need not be an integer (SciPy allows it).
 */
export const chiSquared: DistributionDef = {
  name: 'chiSquared',
  label: 'Chi-squared',
  discrete: false,
  params: [{ name: 'k', label: 'Degrees of freedom k', min: 0.5, max: 30, step: 0.5, default: 3 }],
  check: (p) => runRules(p, [positive('k')]),
  create: ({ k }) => gammaDistribution(k / 2, 0.5, (rng, out) => fillChiSquared(rng, out, k)),
  densityTex: ({ k }) =>
    `f(x)=\\frac{1}{2^{${num(k / 2)}}\\,\\Gamma(${num(k / 2)})}\\,${power('x', k / 2 - 1)}\\,e^{-x/2},\\quad x>0`,
  plotRange: (p) => continuousRange(chiSquared.create(p), [0, Infinity]),
};
