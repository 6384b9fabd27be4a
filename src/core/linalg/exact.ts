/**
 * Exact answers where floating point would show rounding noise: the determinant of an integer matrix
 * (fraction-free Bareiss elimination in BigInt) and the eigenvalues of a triangular matrix.
 */
import type { Matrix } from './matrix';

/**
 * det A computed exactly when every entry is a safe integer (|aᵢⱼ| < 2⁵³), rounded once to the nearest
 * double; null when some entry is not an integer or A is not square. Bareiss: every intermediate is a
 * minor of A, so the division is exact.
 */
export function integerDeterminant(A: Matrix): number | null {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n || row.some((x) => !Number.isSafeInteger(x)))) return null;
  const a = A.map((row) => row.map((x) => BigInt(x)));
  let sign = 1n;
  let prev = 1n;
  for (let k = 0; k < n - 1; k++) {
    if (a[k][k] === 0n) {
      const swap = a.findIndex((row, i) => i > k && row[k] !== 0n);
      if (swap < 0) return 0;
      [a[k], a[swap]] = [a[swap], a[k]];
      sign = -sign;
    }
    for (let i = k + 1; i < n; i++) {
      for (let j = k + 1; j < n; j++) a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) / prev;
    }
    prev = a[k][k];
  }
  return Number(sign * a[n - 1][n - 1]);
}

/**
 * The diagonal of A when A is upper or lower triangular (then det(A − λI) = Π(aᵢᵢ − λ) exactly),
 * sorted descending; null otherwise.
 */
export function triangularEigenvalues(A: Matrix): number[] | null {
  const n = A.length;
  if (n === 0 || A.some((row) => row.length !== n)) return null;
  let upper = true;
  let lower = true;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i > j && A[i][j] !== 0) upper = false;
      if (i < j && A[i][j] !== 0) lower = false;
    }
  }
  if (!upper && !lower) return null;
  return A.map((row, i) => row[i]).sort((x, y) => y - x);
}
