import type { Distribution } from '../distributions/types';

/** Tail probability whose quantiles must be representable: about one draw in 10^10 lies beyond them. */
const TAIL = 1e-10;
/** Largest magnitude whose square still fits in a double with room for summing 10^9 of them. */
export const SAMPLE_LIMIT = 1e150;

/**
 * Why the samples of `dist` cannot be summarised in double precision, or null when they can.
 * A law is sampleable when its 10⁻¹⁰ and 1 − 10⁻¹⁰ quantiles are finite and within ±10^150: then a
 * run of up to 10^9 draws almost surely stays there, and the sums of the draws and of their squares
 * behind the sample mean and variance cannot overflow. (Student's t with ν near 0 or a log-normal with
 * a large σ have valid densities but draws beyond the largest double, ≈ 1.8·10^308.)
 */
export function samplingProblem(dist: Distribution): string | null {
  const lo = dist.quantile(TAIL);
  const hi = dist.quantile(1 - TAIL);
  const ok = (q: number) => Number.isFinite(q) && Math.abs(q) <= SAMPLE_LIMIT;
  if (ok(lo) && ok(hi)) return null;
  return 'these parameters give draws beyond ±10^150 (their squares would overflow a double): sampling needs gentler parameters';
}
