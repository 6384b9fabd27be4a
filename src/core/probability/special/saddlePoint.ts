import { LN_2PI } from './constants';
import { logGammaCorrection } from './logGamma';

// C. Loader, "Fast and accurate computation of binomial probabilities" (2000), the method behind
// R's dbinom/dpois: write a probability as e^(−δ terms − deviance) / √(2π·…), so that no two large
// logarithms are ever subtracted. Arguments may be real, which also serves Γ and B prefactors.

/**
 * The deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, by the series
 * 2x Σ v^(2j+1)/(2j+1) with v = (x − m)/(x + m) when x ≈ m, where the direct form cancels.
 */
export function bd0(x: number, m: number): number {
  if (x === 0) return m;
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let s = (x - m) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = s + term / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  const ratio = x / m;
  const logRatio = ratio > 0 && ratio < Infinity ? Math.log(ratio) : Math.log(x) - Math.log(m);
  return x * logRatio + m - x;
}

/**
 * ln( m^k e^(−m) / Γ(k + 1) ) for real k ≥ 0 and m ≥ 0: the Poisson log-pmf at k, and with
 * k = a, m = x the prefactor x^a e^(−x) / Γ(a + 1) of the incomplete gamma function.
 */
export function logPoissonTerm(k: number, m: number): number {
  if (m === 0) return k === 0 ? 0 : -Infinity;
  if (k === 0) return -m;
  if (!(k > 0) || m === Infinity || k === Infinity) return -Infinity;
  return -logGammaCorrection(k) - bd0(k, m) - 0.5 * (LN_2PI + Math.log(k));
}

/**
 * ln( Γ(k + f + 1) / (Γ(k + 1) Γ(f + 1)) · p^k q^f ) for real k, f ≥ 0 and p + q = 1 (both given so
 * that neither is rounded from the other): the binomial log-pmf of k successes and f failures, and
 * with k = a, f = b, p = x the prefactor of the incomplete beta function.
 */
export function logBinomialTerm(k: number, f: number, p: number, q: number): number {
  const n = k + f;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (q === 0) return f === 0 ? 0 : -Infinity;
  if (k === 0) return f === 0 ? 0 : p < q ? f * Math.log1p(-p) : f * Math.log(q);
  if (f === 0) return q < p ? k * Math.log1p(-q) : k * Math.log(p);
  if (!(k > 0 && f > 0)) return -Infinity;
  const lc =
    logGammaCorrection(n) - logGammaCorrection(k) - logGammaCorrection(f) - bd0(k, n * p) - bd0(f, n * q);
  // ln(2π k f / n), written so that no product overflows.
  const lf = LN_2PI + Math.log(k) + Math.log(f / n);
  return lc - 0.5 * lf;
}
