/** Shannon entropy, cross-entropy and Kullback–Leibler divergence of discrete distributions, in bits. */
import { bd0 } from '../special/saddlePoint';
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
 *
 * Each term is split as pᵢ ln(pᵢ/qᵢ) = bd0(pᵢ, qᵢ) + (pᵢ − qᵢ), with the deviance
 * bd0(p, q) = p ln(p/q) − (p − q) = p·[log1p(d/q) − d/q] + d²/q ≥ 0 (d = p − q) taken from its series
 * when p ≈ q and from ln p − ln q when p/q would overflow (q = 1e-310). The non-negative deviances add
 * without cancellation and the differences pᵢ − qᵢ are exact for nearby numbers, so nearly equal laws
 * keep every digit: KL([.5, .5] ‖ [.5 + 1e-12, .5 − 1e-12]) = 2.885e-24 bits, not 0.
 * @throws RangeError unless p and q are probability vectors of the same length.
 */
export function klBits(p: number[], q: number[]): number {
  checkPair(p, q);
  let deviance = 0;
  let drift = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    deviance += bd0(p[i], q[i]);
    drift += p[i] - q[i];
  }
  // Σ(pᵢ − qᵢ) is 0 for exactly normalized laws; it is kept so that the value is Σ pᵢ ln(pᵢ/qᵢ) itself.
  return Math.max(0, (deviance + drift) / Math.LN2);
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

/** The definition of {@link klBits} as TeX. */
export function klTex(): string {
  return '\\mathrm{KL}(P\\,\\|\\,Q) = \\sum_i p_i \\log_2 \\frac{p_i}{q_i} = H(P,Q) - H(P) \\;\\ne\\; \\mathrm{KL}(Q\\,\\|\\,P)';
}
