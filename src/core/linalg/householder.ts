/**
 * Householder reflections P = I − βvvᵀ (β = 2 / vᵀv), the orthogonal building block of the Hessenberg
 * reduction and of the double-shift QR step. Orthogonal similarities PAP change no eigenvalue and
 * perturb them by at most O(ε‖A‖), which is why the eigenvalue solver is built only from them.
 */
import type { Matrix, Vector } from './matrix';

/** A reflector acting on indices start … start + v.length − 1. β = 0 means the identity. */
export interface Reflector {
  start: number;
  v: Vector;
  beta: number;
}

/**
 * The reflector P with Px = ∓‖x‖e₁, choosing the sign of x₀ for v₀ = x₀ ± ‖x‖ so that no cancellation
 * occurs. Returns the identity (β = 0) when x is already a multiple of e₁.
 */
export function reflectorFor(x: Vector, start: number): Reflector {
  let tail = 0;
  for (let i = 1; i < x.length; i++) tail = Math.max(tail, Math.abs(x[i]));
  if (tail === 0) return { start, v: x.map(() => 0), beta: 0 };
  // P depends only on the direction of x: normalising first keeps vᵀv from underflowing to 0
  // (β = ∞) when x is subnormal, or overflowing when it is huge.
  const scale = Math.max(tail, Math.abs(x[0]));
  const v = x.map((xi) => xi / scale);
  const alpha = Math.hypot(...v);
  v[0] += v[0] >= 0 ? alpha : -alpha;
  let vv = 0;
  for (const vi of v) vv += vi * vi;
  return { start, v, beta: 2 / vv };
}

/** A ← PAP, the similarity by a reflector (P is symmetric and its own inverse). Mutates `a`. */
export function applySimilarity(a: Matrix, { start, v, beta }: Reflector): void {
  if (beta === 0) return;
  const n = a.length;
  const k = v.length;
  // Left: rows start…start+k−1 of A ← A − βv(vᵀA).
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += v[i] * a[start + i][j];
    s *= beta;
    for (let i = 0; i < k; i++) a[start + i][j] -= s * v[i];
  }
  // Right: columns start…start+k−1 of A ← A − β(Av)vᵀ.
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += a[i][start + j] * v[j];
    s *= beta;
    for (let j = 0; j < k; j++) a[i][start + j] -= s * v[j];
  }
}

/**
 * Reduces A in place to upper Hessenberg form H = QᵀAQ (hᵢⱼ = 0 for i > j + 1) by n − 2 reflectors that
 * leave e₁ fixed. Fixing e₁ is what lets the implicit double-shift step reuse this as its bulge chase.
 */
export function reduceToHessenberg(a: Matrix): Matrix {
  const n = a.length;
  for (let k = 0; k < n - 2; k++) {
    const x = a.slice(k + 1).map((row) => row[k]);
    applySimilarity(a, reflectorFor(x, k + 1));
    // Exact zeros below the subdiagonal, so that the deflation test never sees rounding residue there.
    for (let i = k + 2; i < n; i++) a[i][k] = 0;
  }
  return a;
}
