/** Effective sample size of a chain by Geyer's initial positive and monotone sequence estimators. */
import { autocorrelation } from './autocorrelation';

/**
 * Integrated autocorrelation time τ = 1 + 2 Σ_{k≥1} ρ_k estimated as τ̂ = −1 + 2 Σ_{m=0}^{M} Γ̂_m with
 * Γ̂_m = ρ̂_{2m} + ρ̂_{2m+1} (Geyer 1992): the sum stops before the first non-positive Γ̂_m (initial
 * positive sequence), and each Γ̂_m is capped by the one before (initial monotone sequence), which
 * keeps the noise of far lags out. Uses the autocorrelations up to lag n − 1.
 */
export function integratedAutocorrelationTime(rho: ArrayLike<number>): number {
  let tau = -1;
  let prev = Infinity;
  for (let m = 0; 2 * m + 1 < rho.length; m++) {
    let gamma = rho[2 * m] + rho[2 * m + 1];
    if (!(gamma > 0)) break;
    if (gamma > prev) gamma = prev;
    tau += 2 * gamma;
    prev = gamma;
  }
  return tau;
}

/**
 * Effective sample size n / τ̂ of the first `length` values of x (see
 * {@link integratedAutocorrelationTime}). For an AR(1) series x_t = φ x_{t−1} + ε_t it estimates
 * n(1 − φ)/(1 + φ). As in Stan, τ̂ is floored at 1/log₁₀ n so that an antithetic chain's ESS stays
 * below n log₁₀ n. NaN for fewer than 4 values; 1 for a constant series (a chain that never moved
 * holds one point's worth of information).
 */
export function effectiveSampleSize(x: ArrayLike<number>, length = x.length): number {
  const n = Math.min(length, x.length);
  if (n < 4) return NaN;
  if (isConstant(x, n)) return 1;
  return essFromAutocorrelation(autocorrelation(x, n - 1, n), n);
}

/** Whether the first n values are all equal (a chain that never moved). */
export function isConstant(x: ArrayLike<number>, n = x.length): boolean {
  for (let i = 1; i < n; i++) if (x[i] !== x[0]) return false;
  return true;
}

/** n / τ̂ from autocorrelations ρ̂_0 … ρ̂_{n−1} already computed (τ̂ floored at 1/log₁₀ n as above). */
export function essFromAutocorrelation(rho: ArrayLike<number>, n: number): number {
  return n / Math.max(integratedAutocorrelationTime(rho), 1 / Math.log10(n));
}
