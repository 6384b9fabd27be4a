import { LN_SQRT_2PI } from './constants';
import { logGamma, logGammaCorrection } from './logGamma';

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0.
 * When an argument is large the three log-gammas are huge and nearly cancel, so (as in R's lbeta)
 * Stirling's leading terms are combined analytically and only the small corrections δ are added.
 */
export function logBeta(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (p < 0) return NaN;
  if (p === 0) return Infinity;
  if (q === Infinity) return -Infinity;
  const s = p + q;
  if (p >= 10) {
    const corr = logGammaCorrection(p) + logGammaCorrection(q) - logGammaCorrection(s);
    return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / s) + q * Math.log1p(-p / s);
  }
  if (q >= 10) {
    const corr = logGammaCorrection(q) - logGammaCorrection(s);
    return logGamma(p) + corr + p - p * Math.log(s) + (q - 0.5) * Math.log1p(-p / s);
  }
  return logGamma(p) + logGamma(q) - logGamma(s);
}
