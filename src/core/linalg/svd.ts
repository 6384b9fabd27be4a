/**
 * Singular value decomposition by one-sided Jacobi rotations (Hestenes 1958; Demmel & Veselić 1992).
 * Rotating pairs of columns of A until they are mutually orthogonal gives AV = UΣ directly, without
 * forming AᵀA: small singular values keep their absolute accuracy ε‖A‖ instead of √ε‖A‖, which is
 * what the rank test at 1e-10 and the null-space view need.
 */
import { assertSquare, norm2, type Matrix, type Vector } from './matrix';
import { completeBasis } from './orthonormal';
import { scaleExponent, scaleMatrix, timesPowerOfTwo } from './scale';

/** A = U·diag(σ)·Vᵀ with U, V orthogonal (their columns are the singular vectors) and σ descending, ≥ 0. */
export interface Svd {
  u: Matrix;
  sigma: number[];
  v: Matrix;
}

const MAX_SWEEPS = 60;

/**
 * Orthogonalises the columns of an m×n matrix by plane rotations applied on the right.
 * Returns the rotated columns (AV, whose norms are the singular values) and V, both as column lists.
 */
function jacobiColumns(a: Matrix): { cols: Vector[]; vcols: Vector[] } {
  const m = a.length;
  const n = a[0].length;
  const cols = Array.from({ length: n }, (_, j) => a.map((row) => row[j]));
  const vcols = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)));
  const tol = Number.EPSILON * m;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const [cp, cq] = [cols[p], cols[q]];
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          alpha += cp[i] * cp[i];
          beta += cq[i] * cq[i];
          gamma += cp[i] * cq[i];
        }
        // Already orthogonal to working precision, relative to the two column lengths.
        if (Math.abs(gamma) <= tol * Math.sqrt(alpha) * Math.sqrt(beta)) continue;
        rotated = true;
        // The rotation angle that zeroes cₚ·c_q: t = tan θ is the smaller root of t² + 2ζt − 1 = 0.
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
        const c = 1 / Math.hypot(1, t);
        const s = c * t;
        rotate(cp, cq, c, s);
        rotate(vcols[p], vcols[q], c, s);
      }
    }
    if (!rotated) break;
  }
  return { cols, vcols };
}

/** (x, y) ← (cx − sy, sx + cy), applied entrywise. */
function rotate(x: Vector, y: Vector, c: number, s: number): void {
  for (let i = 0; i < x.length; i++) {
    const [xi, yi] = [x[i], y[i]];
    x[i] = c * xi - s * yi;
    y[i] = s * xi + c * yi;
  }
}

/**
 * Full SVD of a square matrix, A = U·diag(σ)·Vᵀ, σ₁ ≥ … ≥ σₙ ≥ 0. Robust for rank-deficient A: left
 * singular vectors whose σ is negligible (≤ nε·σ₁) are replaced by an orthonormal completion, which
 * changes UΣVᵀ by at most nε‖A‖ and keeps UᵀU = I exactly to working precision.
 */
export function svd(a: Matrix): Svd {
  const n = assertSquare(a, 'svd');
  // U and V do not depend on the scale of A; only σ is scaled back.
  const k = scaleExponent(a);
  const { cols, vcols } = jacobiColumns(scaleMatrix(a, k));
  const norms = cols.map(norm2);
  const order = norms.map((_, j) => j).sort((i, j) => norms[j] - norms[i]);
  const sigma = order.map((j) => timesPowerOfTwo(norms[j], -k));
  const negligible = n * Number.EPSILON * norms[order[0]];
  const kept: Vector[] = [];
  for (const j of order) {
    if (norms[j] === 0 || norms[j] <= negligible) break;
    kept.push(cols[j].map((x) => x / norms[j]));
  }
  const ucols = completeBasis(kept, n);
  return {
    u: Array.from({ length: n }, (_, i) => ucols.map((c) => c[i])),
    sigma,
    v: Array.from({ length: n }, (_, i) => order.map((j) => vcols[j][i])),
  };
}

/** σ₁ ≥ … ≥ σₙ ≥ 0 of a square matrix. */
export function singularValues(a: Matrix): number[] {
  return svd(a).sigma;
}
