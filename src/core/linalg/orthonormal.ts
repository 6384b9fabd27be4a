/**
 * Completing a set of orthonormal vectors to an orthonormal basis of ℝⁿ. The SVD needs it when A is
 * rank-deficient (the left singular vectors of zero singular values are not determined by A), and the
 * null-space and column-space views rely on the completed bases being exactly orthonormal.
 */
import { dot, norm2, type Vector } from './matrix';

/** v minus its projections onto the orthonormal `basis`, done twice ("twice is enough", Kahan–Parlett). */
function orthogonalise(v: Vector, basis: readonly Vector[]): Vector {
  const w = v.slice();
  for (let pass = 0; pass < 2; pass++) {
    for (const q of basis) {
      const c = dot(q, w);
      for (let i = 0; i < w.length; i++) w[i] -= c * q[i];
    }
  }
  return w;
}

/**
 * Returns `basis` followed by n − k further unit vectors such that all n are orthonormal.
 * Each new vector is the standard basis vector eᵢ with the largest component orthogonal to the
 * vectors so far, which keeps the completion deterministic (no randomness) and well conditioned.
 */
export function completeBasis(basis: readonly Vector[], n: number): Vector[] {
  const out = basis.map((v) => v.slice());
  while (out.length < n) {
    let best: Vector = [];
    let bestNorm = -1;
    for (let i = 0; i < n; i++) {
      const e = Array.from({ length: n }, (_, j) => (j === i ? 1 : 0));
      const w = orthogonalise(e, out);
      const len = norm2(w);
      if (len > bestNorm) {
        best = w;
        bestNorm = len;
      }
    }
    out.push(best.map((x) => x / bestNorm));
  }
  return out;
}

/** v / ‖v‖₂, or the zero vector unchanged. */
export function normalise(v: Vector): Vector {
  const len = norm2(v);
  return len === 0 ? v.slice() : v.map((x) => x / len);
}
