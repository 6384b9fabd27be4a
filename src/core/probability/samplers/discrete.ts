import type { Rng } from '../rng';

/** Bernoulli(p): 1 when a 53-bit uniform u < p, so P(1) = p to within 2^-53. */
export function fillBernoulli(rng: Rng, out: Float64Array, p: number): void {
  for (let i = 0; i < out.length; i++) out[i] = rng.next() < p ? 1 : 0;
}

/**
 * Geometric(p) on {1, 2, …} (trials up to and including the first success) by inversion:
 * P(X > k) = (1 − p)^k, so X = ⌊log u / log(1 − p)⌋ + 1 with u ∈ (0, 1]; log1p keeps log(1 − p)
 * accurate for small p. p = 1 gives log1p(−1) = −∞ and X = 1.
 */
export function fillGeometric(rng: Rng, out: Float64Array, p: number): void {
  const inv = 1 / Math.log1p(-p);
  for (let i = 0; i < out.length; i++) out[i] = Math.floor(Math.log(1 - rng.next()) * inv) + 1;
}
