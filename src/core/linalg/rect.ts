/**
 * Shape checks for rectangular matrices (m × n, m ≠ n allowed), the counterpart of `assertSquare`
 * for the QR, projection and low-rank functions.
 */
import type { Matrix } from './matrix';

/** Checks that `a` is a non-empty rectangular matrix of finite numbers; returns [m, n]. */
export function assertRectangular(a: Matrix, caller: string): [number, number] {
  const m = Array.isArray(a) ? a.length : 0;
  const n = m > 0 && Array.isArray(a[0]) ? a[0].length : 0;
  if (m === 0 || n === 0) throw new RangeError(`${caller}: the matrix is empty.`);
  for (const row of a) {
    if (!Array.isArray(row) || row.length !== n)
      throw new RangeError(`${caller}: every row must have ${n} entries.`);
    if (row.some((x) => typeof x !== 'number' || !Number.isFinite(x)))
      throw new RangeError(`${caller}: every entry must be a finite number.`);
  }
  return [m, n];
}

/**
 * NumPy's rank cut-off max(m, n)·ε·σ₁ (numpy.linalg.matrix_rank): rounding in a backward-stable SVD
 * moves each σ by about ε‖A‖₂ = ε·σ₁, so singular values below this are indistinguishable from 0.
 */
export function numpyRankTolerance(m: number, n: number, sigmaMax: number): number {
  return Math.max(m, n) * Number.EPSILON * sigmaMax;
}
