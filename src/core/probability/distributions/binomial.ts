import { fillBinomial } from '../samplers/index';
import { incompleteBeta } from '../special/incompleteBeta';
import { normalQuantile } from '../special/normal';
import { logBinomialTerm } from '../special/saddlePoint';
import { count, probability, runRules } from './checks';
import { discreteQuantile, entropySum } from './discrete';
import { discreteRange } from './range';
import { sampler } from './sampling';
import { base, num } from './tex';
import type { DistributionDef } from './types';

/** Beyond this many standard deviations from the mean the pmf is below e^(−800): nothing to sum. */
const SUM_SDS = 40;

/**
 * Binomial(n, p), successes in n trials: P(X = k) = C(n, k) p^k (1−p)^(n−k) in Loader's saddle-point
 * form, F(k) = I_{1−p}(n − k, k + 1); entropy summed over the support.
 */
export const binomial: DistributionDef = {
  name: 'binomial',
  label: 'Binomial',
  discrete: true,
  params: [
    { name: 'n', label: 'Trials n', min: 0, max: 100, step: 1, default: 20, integer: true },
    { name: 'p', label: 'Success probability p', min: 0, max: 1, step: 0.01, default: 0.3 },
  ],
  check: (params) => runRules(params, [count('n'), probability('p')]),
  create: ({ n, p }) => {
    const q = 1 - p;
    const logPmf = (k: number): number => logBinomialTerm(k, n - k, p, q);
    const cdf = (x: number): number => {
      if (Number.isNaN(x)) return NaN;
      const k = Math.floor(x);
      return k < 0 ? 0 : k >= n ? 1 : incompleteBeta(n - k, k + 1, q, p)[0];
    };
    // P(X > k) = I_p(k + 1, n − k), the complement of the cdf's incomplete beta, accurate in the tail.
    const sf = (k: number): number => (k < 0 ? 1 : k >= n ? 0 : incompleteBeta(n - k, k + 1, q, p)[1]);
    const mean = n * p;
    const sd = Math.sqrt(n * p * q);
    let entropy: number | undefined;
    return {
      discrete: true,
      density: (x) =>
        Number.isInteger(x) && x >= 0 && x <= n ? Math.exp(logPmf(x)) : Number.isNaN(x) ? NaN : 0,
      cdf,
      quantile: (u) => {
        // Normal approximation with the Cornish–Fisher skewness term as the search's starting point.
        const z = normalQuantile(u);
        return discreteQuantile(u, cdf, 0, n, mean + sd * z + ((z * z - 1) * (q - p)) / 6, sf);
      },
      mean,
      variance: n * p * q,
      // Summed on first use: ≈ 80√(npq) terms, which only a very large n makes costly.
      get entropy() {
        const lo = Math.max(0, Math.floor(mean - SUM_SDS * sd - 5));
        entropy ??= entropySum(logPmf, lo, Math.min(n, Math.ceil(mean + SUM_SDS * sd + 5)));
        return entropy;
      },
      ...sampler((rng, out) => fillBinomial(rng, out, n, p)),
    };
  },
  densityTex: ({ n, p }) =>
    `P(X=k)=\\binom{${num(n)}}{k}\\,${base(p)}^{k}\\,${base(1 - p)}^{${num(n)}-k},\\quad k=0,1,\\dots,${num(n)}`,
  plotRange: (params) => discreteRange(binomial.create(params)),
};
