/**
 * Eigenvalues of a real square matrix as [re, im] pairs, sorted by real part then imaginary part,
 * both descending (so a conjugate pair appears as a + bi, then a − bi). 1×1 and 2×2 use the closed
 * form; larger matrices go through the Hessenberg double-shift QR in `francis.ts`.
 */
import { assertSquare, type Matrix } from './matrix';
import { hessenbergEigenvalues } from './francis';
import { eigenvalues2x2, type Complex } from './eigen2x2';
import { scaleExponent, scaleMatrix, timesPowerOfTwo } from './scale';

export type { Complex } from './eigen2x2';

/** Descending by real part, then by imaginary part. */
export function compareEigenvalues(x: Complex, y: Complex): number {
  return y[0] - x[0] || y[1] - x[1];
}

/**
 * All n eigenvalues λ of A (det(A − λI) = 0) with multiplicity, sorted as {@link compareEigenvalues}.
 * Backward stable: the result is the exact spectrum of some A + E with ‖E‖ = O(ε‖A‖). Well separated
 * eigenvalues are therefore accurate to ~1e-15‖A‖; a k-fold defective one only to ~ε^(1/k)‖A‖.
 */
export function eigenvalues(a: Matrix): Complex[] {
  const n = assertSquare(a, 'eigenvalues');
  // Eigenvalues scale with A: work on 2ᵏA, safe from overflow and underflow, and scale back exactly.
  const k = scaleExponent(a);
  const b = scaleMatrix(a, k);
  let values: Complex[];
  if (n === 1) values = [[b[0][0], 0]];
  else if (n === 2) values = eigenvalues2x2(b[0][0], b[0][1], b[1][0], b[1][1]);
  else values = hessenbergEigenvalues(b);
  values = values.map(([re, im]) => [timesPowerOfTwo(re, -k), timesPowerOfTwo(im, -k)]);
  return values.map(([re, im]): Complex => [re + 0, im + 0]).sort(compareEigenvalues);
}
