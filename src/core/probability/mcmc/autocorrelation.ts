/** Sample autocorrelation of a chain, through the FFT (Wiener–Khinchin) in O(n log n). */
import { fftInPlace, nextPow2 } from './fft';

/**
 * Sample autocorrelations ρ̂_k = γ̂_k / γ̂_0 for k = 0 … maxLag (capped at n − 1), with the biased
 * autocovariance γ̂_k = (1/n) Σ_{t<n−k} (x_t − x̄)(x_{t+k} − x̄) that Geyer's estimator expects.
 * Computed as the inverse FFT of |FFT(x − x̄)|², zero-padded to ≥ 2n so that no lag wraps around.
 * A constant series (γ̂_0 = 0) has ρ̂_0 = 1 and ρ̂_k = 0 for k ≥ 1.
 */
export function autocorrelation(x: ArrayLike<number>, maxLag: number, length = x.length): Float64Array {
  const n = Math.min(length, x.length);
  const lags = Math.max(0, Math.min(Math.floor(maxLag), n - 1));
  const out = new Float64Array(lags + 1);
  if (n === 0) return out;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  const m = nextPow2(2 * n);
  const re = new Float64Array(m);
  const im = new Float64Array(m);
  for (let i = 0; i < n; i++) re[i] = x[i] - mean;
  fftInPlace(re, im, -1);
  for (let k = 0; k < m; k++) {
    re[k] = re[k] * re[k] + im[k] * im[k];
    im[k] = 0;
  }
  fftInPlace(re, im, 1);
  const g0 = re[0];
  out[0] = 1;
  if (!(g0 > 0)) return out;
  for (let k = 1; k <= lags; k++) out[k] = re[k] / g0;
  return out;
}
