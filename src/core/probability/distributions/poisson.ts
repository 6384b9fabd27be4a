import { fillPoisson } from '../samplers/index';
import { incompleteGamma } from '../special/incompleteGamma';
import { normalQuantile } from '../special/normal';
import { logPoissonTerm } from '../special/saddlePoint';
import { nonNegative, runRules } from './checks';
import { discreteQuantile, entropySum } from './discrete';
import { discreteRange } from './range';
import { sampler } from './sampling';
import { base, num } from './tex';
import type { DistributionDef } from './types';

/**
 * Poisson(λ): P(X = k) = λ^k e^(−λ)/k! in Loader's saddle-point form, F(k) = Q(k + 1, λ);
 * entropy summed over the support. λ = 0 is allowed (as in SciPy): the point mass at 0.
 */
export const poisson: DistributionDef = {
  name: 'poisson',
  label: 'Poisson',
  discrete: true,
  params: [{ name: 'lambda', label: 'Rate λ', min: 0.1, max: 50, step: 0.1, default: 4 }],
  check: (params) => runRules(params, [nonNegative('lambda')]),
  create: ({ lambda }) => {
    const logPmf = (k: number): number => logPoissonTerm(k, lambda);
    const cdf = (x: number): number => {
      if (Number.isNaN(x)) return NaN;
      const k = Math.floor(x);
      return k < 0 ? 0 : incompleteGamma(k + 1, lambda)[1];
    };
    // P(X > k) = P(k + 1, λ), the lower regularized gamma, small and accurate in the upper tail.
    const sf = (k: number): number => (k < 0 ? 1 : incompleteGamma(k + 1, lambda)[0]);
    const sd = Math.sqrt(lambda);
    let entropy: number | undefined;
    return {
      discrete: true,
      density: (x) => (Number.isInteger(x) && x >= 0 ? Math.exp(logPmf(x)) : Number.isNaN(x) ? NaN : 0),
      cdf,
      quantile: (u) => {
        const z = normalQuantile(u);
        return discreteQuantile(u, cdf, 0, Infinity, lambda + sd * z + (z * z - 1) / 6, sf);
      },
      mean: lambda,
      variance: lambda,
      // Summed on first use (≈ 80√λ terms): past λ + 40√λ + 40 the pmf is below e^(−800) whatever λ is.
      get entropy() {
        entropy ??= entropySum(
          logPmf,
          Math.max(0, Math.floor(lambda - 40 * sd - 5)),
          Math.ceil(lambda + 40 * sd + 40),
        );
        return entropy;
      },
      ...sampler((rng, out) => fillPoisson(rng, out, lambda)),
    };
  },
  densityTex: ({ lambda }) =>
    `P(X=k)=\\frac{${base(lambda)}^{k}\\,e^{-${num(lambda)}}}{k!},\\quad k=0,1,2,\\dots`,
  plotRange: (params) => discreteRange(poisson.create(params)),
};
