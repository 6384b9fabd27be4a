/**
 * The characteristic polynomial p(λ) = det(λI − A), whose roots are the eigenvalues. For display
 * only: the eigenvalues themselves come from the QR iteration, because rounding the coefficients
 * and solving again would lose accuracy for clustered roots.
 */
import { assertSquare, type Matrix } from './matrix';
import { determinant } from './lu';

/**
 * Coefficients of det(λI − A), highest degree first (monic), for n ≤ 3:
 * n = 1: [1, −a]; n = 2: [1, −tr A, det A]; n = 3: [1, −tr A, E₂, −det A] with E₂ the sum of the
 * three principal 2×2 minors. Throws a RangeError for n > 3.
 */
export function characteristicPolynomial(a: Matrix): number[] {
  const n = assertSquare(a, 'characteristicPolynomial');
  const trace = a.reduce((s, row, i) => s + row[i], 0);
  if (n === 1) return [1, -trace];
  if (n === 2) return [1, -trace, determinant(a)];
  if (n === 3) {
    const minor = (i: number, j: number): number => a[i][i] * a[j][j] - a[i][j] * a[j][i];
    return [1, -trace, minor(0, 1) + minor(0, 2) + minor(1, 2), -determinant(a)];
  }
  throw new RangeError(`characteristicPolynomial: only 1×1 to 3×3 matrices, got ${n}×${n}.`);
}

/** p(z) for complex z = [re, im] by Horner's rule, for checking roots: |p(λ)| ≈ 0 at an eigenvalue. */
export function evaluatePolynomial(
  coefficients: readonly number[],
  [re, im]: [number, number],
): [number, number] {
  let pr = 0;
  let pi = 0;
  for (const c of coefficients) {
    [pr, pi] = [pr * re - pi * im + c, pr * im + pi * re];
  }
  return [pr, pi];
}
