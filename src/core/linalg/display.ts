/**
 * Display clean-up: floating point leaves residues such as −9.8e-16 where the exact answer is 0
 * (the determinant of a singular integer matrix, an eigenvector's zero component). The page shows
 * them as 0; the computations keep the raw values.
 */
import type { Matrix } from './matrix';

/** The default display tolerance: |x| ≤ 1e-10 is shown as 0, the same bound that decides rank. */
export const DISPLAY_ZERO_TOLERANCE = 1e-10;

/**
 * x with |x| ≤ tol replaced by 0, so that neither "-9.8e-16" nor "-0" reaches the screen.
 * NaN and the infinities pass through unchanged.
 */
export function cleanZero(x: number, tol: number = DISPLAY_ZERO_TOLERANCE): number {
  // `+ 0` turns −0 into +0 when tol is 0.
  return Math.abs(x) <= tol ? 0 : x + 0;
}

/** {@link cleanZero} applied to every entry of a vector. */
export function cleanVector(v: readonly number[], tol: number = DISPLAY_ZERO_TOLERANCE): number[] {
  return v.map((x) => cleanZero(x, tol));
}

/** {@link cleanZero} applied to every entry of a matrix. */
export function cleanMatrix(a: Matrix, tol: number = DISPLAY_ZERO_TOLERANCE): Matrix {
  return a.map((row) => cleanVector(row, tol));
}
