import { fillBeta } from '../samplers/index';
import { digammaMinusLog } from '../special/digamma';
import { incompleteBeta } from '../special/incompleteBeta';
import { betaIncInv } from '../special/inverseBeta';
import { LN_SQRT_2PI } from '../special/constants';
import { logGammaCorrection } from '../special/logGamma';
import { logBeta } from '../special/logBeta';
import { logBinomialTerm } from '../special/saddlePoint';
import { positive, runRules } from './checks';
import { sampler } from './sampling';
import { num, power } from './tex';
import type { DistributionDef } from './types';

/** x^(α−1)(1−x)^(β−1)/B(α, β), with the edge values of the limits x → 0 and x → 1. */
function betaDensity(a: number, b: number, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0 || x > 1) return 0;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? b : 0;
  if (x === 1) return b < 1 ? Infinity : b === 1 ? a : 0;
  // As R's dbeta: for α, β > 2 the binomial term (α+β−1) C(α+β−2, α−1) x^(α−1)(1−x)^(β−1) avoids
  // the cancellation between large log-powers and ln B.
  if (a <= 2 || b <= 2) return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
  return (a + b - 1) * Math.exp(logBinomialTerm(a - 1, b - 1, x, 1 - x));
}

/**
 * The entropy ln B(α, β) − (α−1)ψ(α) − (β−1)ψ(β) + (α+β−2)ψ(α+β) with Stirling's terms cancelled
 * analytically, as the gamma family does. With c = α + β, ln Γ(x) = (x − ½) ln x − x + ln √(2π) + δ(x)
 * and ψ(x) = ln x + m(x) (δ = logGammaCorrection, m = digammaMinusLog, both small for large x),
 * the logarithms collect into ½ ln α + ½ ln β − 3/2 ln c = ½ ln β − ln α − 3/2 log1p(β/α) and
 *   H = ½ ln β − ln α − 3/2 log1p(β/α) + ln √(2π) + δ(α) + δ(β) − δ(c) − (α−1)m(α) − (β−1)m(β) + (c−2)m(c),
 * whose terms are all O(1) or genuine: β(1e8, 1e8) gives −8.8311226121 (the direct form −8.83112240).
 */
function betaEntropy(a: number, b: number): number {
  const c = a + b;
  return (
    0.5 * Math.log(b) -
    Math.log(a) -
    1.5 * Math.log1p(b / a) +
    LN_SQRT_2PI +
    logGammaCorrection(a) +
    logGammaCorrection(b) -
    logGammaCorrection(c) -
    (a - 1) * digammaMinusLog(a) -
    (b - 1) * digammaMinusLog(b) +
    (c - 2) * digammaMinusLog(c)
  );
}

/**
 * Beta(α, β) on [0, 1]: f(x) = x^(α−1)(1−x)^(β−1)/B(α, β), F(x) = I_x(α, β),
 * entropy ln B(α, β) − (α−1)ψ(α) − (β−1)ψ(β) + (α+β−2)ψ(α+β).
 */
export const beta: DistributionDef = {
  name: 'beta',
  label: 'Beta',
  discrete: false,
  params: [
    { name: 'alpha', label: 'Shape α', min: 0.1, max: 10, step: 0.1, default: 2 },
    { name: 'beta', label: 'Shape β', min: 0.1, max: 10, step: 0.1, default: 5 },
  ],
  check: (p) => runRules(p, [positive('alpha'), positive('beta')]),
  create: ({ alpha: a, beta: b }) => ({
    discrete: false,
    density: (x) => betaDensity(a, b, x),
    cdf: (x) => (x <= 0 ? 0 : x >= 1 ? 1 : incompleteBeta(a, b, x)[0]),
    quantile: (p) => betaIncInv(a, b, p),
    mean: a / (a + b),
    variance: (a * b) / ((a + b) * (a + b) * (a + b + 1)),
    entropy: betaEntropy(a, b),
    ...sampler((rng, out) => fillBeta(rng, out, a, b)),
  }),
  densityTex: ({ alpha: a, beta: b }) => {
    const top = `${power('x', a - 1)}${power('(1-x)', b - 1)}` || '1';
    return `f(x)=\\frac{${top}}{B(${num(a)},${num(b)})},\\quad 0<x<1`;
  },
  plotRange: () => [0, 1],
};
