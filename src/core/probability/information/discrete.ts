/** Shannon entropy, cross-entropy and Kullback–Leibler divergence of discrete distributions, in bits. */
import { checkDistribution, checkPair } from './check';

/**
 * Shannon entropy H(p) = −Σᵢ pᵢ log₂ pᵢ in bits, with 0·log 0 = 0 (an impossible outcome adds nothing).
 * 0 for a certain outcome, log₂ n for the uniform law on n outcomes (the maximum).
 * @throws RangeError unless p is a probability vector (non-negative, summing to 1 within 1e-9).
 */
export function entropyBits(p: number[]): number {
  checkDistribution(p, 'p');
  let h = 0;
  for (const pi of p) if (pi > 0) h -= pi * Math.log2(pi);
  return h;
}

/**
 * Cross-entropy H(p, q) = −Σᵢ pᵢ log₂ qᵢ in bits: the mean code length when outcomes drawn from p are
 * coded for q. Terms with pᵢ = 0 contribute 0; a qᵢ = 0 < pᵢ makes it +∞.
 * @throws RangeError unless p and q are probability vectors of the same length.
 */
export function crossEntropyBits(p: number[], q: number[]): number {
  checkPair(p, q);
  let h = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    h -= p[i] * Math.log2(q[i]);
  }
  return h;
}

/**
 * Kullback–Leibler divergence KL(p ‖ q) = Σᵢ pᵢ log₂(pᵢ / qᵢ) = H(p, q) − H(p) in bits; ≥ 0, and 0 only
 * when p = q. Not symmetric. Terms with pᵢ = 0 contribute 0; a qᵢ = 0 < pᵢ makes it +∞.
 * @throws RangeError unless p and q are probability vectors of the same length.
 */
export function klBits(p: number[], q: number[]): number {
  checkPair(p, q);
  let d = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    // One log of the ratio rather than a difference of logs: no cancellation when p ≈ q.
    d += p[i] * Math.log2(p[i] / q[i]);
  }
  // Each term can be negative; rounding must not make the sum (which is ≥ 0) slightly negative.
  return Math.max(0, d);
}

/** Indices where q gives probability 0 to an outcome p deems possible: why KL(p‖q) is infinite. */
export function unsupportedOutcomes(p: readonly number[], q: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(p.length, q.length); i++) if (p[i] > 0 && q[i] === 0) out.push(i);
  return out;
}

/** The definition of {@link entropyBits}, with its maximum, as TeX. */
export function entropyTex(n: number): string {
  return `H(P) = -\\sum_{i=1}^{${n}} p_i \\log_2 p_i \\;\\le\\; \\log_2 ${n}`;
}

/** The definitions of {@link crossEntropyBits} and {@link klBits} and how they relate, as TeX. */
export function crossEntropyTex(): string {
  return 'H(P,Q) = -\\sum_i p_i \\log_2 q_i';
}

export function klTex(): string {
  return '\\mathrm{KL}(P\\,\\|\\,Q) = \\sum_i p_i \\log_2 \\frac{p_i}{q_i} = H(P,Q) - H(P) \\;\\ne\\; \\mathrm{KL}(Q\\,\\|\\,P)';
}
