/**
 * Cholesky factorisation A = LLᵀ of a symmetric positive-definite matrix. It exists exactly when every
 * pivot dₖ = aₖₖ − Σⱼ lₖⱼ² is positive, so the first pivot that is not says why A is not SPD.
 */
import type { Matrix } from './matrix';

/** Entries that differ from their mirror by more than this (relative to max|aᵢⱼ|) make A "not symmetric". */
export const SYMMETRY_TOLERANCE = 1e-12;

function shapeError(A: Matrix): string | null {
  const n = Array.isArray(A) ? A.length : 0;
  if (n === 0) return 'the matrix is empty';
  for (const row of A) {
    if (!Array.isArray(row) || row.length !== n) return `the matrix must be square (${n}×${n})`;
    if (row.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
      return 'every entry must be a finite number';
  }
  return null;
}

/**
 * L lower triangular with positive diagonal and A = LLᵀ, or { error } in words, never a throw:
 * "not symmetric" (with the offending entries), or "not positive definite" / "indefinite" with the
 * pivot that went negative or vanished. By Sylvester's law of inertia a negative pivot after positive
 * ones means A has eigenvalues of both signs (indefinite); a pivot within rounding of 0 means a leading
 * block is singular. "Within rounding" is |dₖ| ≤ n·ε·max|aᵢⱼ| (relative to the whole matrix, as LAPACK's
 * pivoted Cholesky does): a pivot smaller than that is noise beside the other entries, and dividing by
 * its square root would overflow the next pivots (a₁₁ = 1e-320 beside a₁₂ = 0.5 gave d₂ = −Infinity).
 */
export function cholesky(A: Matrix): { L: Matrix } | { error: string } {
  const shape = shapeError(A);
  if (shape) return { error: shape };
  const n = A.length;
  let max = 0;
  for (const row of A) for (const x of row) max = Math.max(max, Math.abs(x));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A[i][j] - A[j][i]) > SYMMETRY_TOLERANCE * max)
        return {
          error: `not symmetric: a${i + 1}${j + 1} = ${A[i][j]} but a${j + 1}${i + 1} = ${A[j][i]}`,
        };
    }
  }
  const L: Matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < n; k++) {
    let d = A[k][k];
    for (let j = 0; j < k; j++) d -= L[k][j] * L[k][j];
    // Rounding in the subtraction is about nε·max|aᵢⱼ|; a pivot that small is 0 as far as A can tell.
    if (Math.abs(d) <= n * Number.EPSILON * max) {
      return {
        error: `not positive definite: pivot ${k + 1} is 0 (to rounding), so the leading ${k + 1}×${k + 1} block is singular`,
      };
    }
    if (d < 0) {
      return {
        error:
          k === 0
            ? `not positive definite: the first pivot a11 = ${d} is negative`
            : `indefinite: pivot ${k + 1} went negative (${d}) after ${k} positive pivot${k > 1 ? 's' : ''}`,
      };
    }
    const lkk = Math.sqrt(d);
    L[k][k] = lkk;
    for (let i = k + 1; i < n; i++) {
      let s = A[i][k];
      for (let j = 0; j < k; j++) s -= L[i][j] * L[k][j];
      L[i][k] = s / lkk;
    }
  }
  return { L };
}
