/**
 * Eigenvalues of a general real matrix by Francis's implicit double-shift QR (Francis 1961; Golub &
 * Van Loan §7.5). Real arithmetic throughout: a complex conjugate pair is found as the eigenvalues of
 * a 2×2 diagonal block. For the page's 3×3 matrices this is a handful of iterations.
 */
import type { Matrix } from './matrix';
import { applySimilarity, reduceToHessenberg, reflectorFor } from './householder';
import { eigenvalues2x2, type Complex } from './eigen2x2';

const MAX_ITERATIONS = 200;

/**
 * One implicit double-shift step. The shifts are the eigenvalues of the trailing 2×2 block (sum s,
 * product t); the first column of (H − σ₁I)(H − σ₂I) = H² − sH + tI needs only three entries of H.
 * The reflector mapping it to e₁ is applied as a similarity and the Hessenberg reduction then chases
 * the bulge away; by the implicit Q theorem this is the QR step on H² − sH + tI.
 */
function francisStep(h: Matrix, s: number, t: number): void {
  const x = [
    h[0][0] * h[0][0] + h[0][1] * h[1][0] - s * h[0][0] + t,
    h[1][0] * (h[0][0] + h[1][1] - s),
    h[1][0] * h[2][1],
  ];
  applySimilarity(h, reflectorFor(x, 0));
  reduceToHessenberg(h);
}

/** Shifts (sum, product) from the trailing 2×2 block, or LAPACK's exceptional ones every 10 iterations. */
function shifts(h: Matrix, iteration: number): [number, number] {
  const n = h.length;
  if (iteration > 0 && iteration % 10 === 0) {
    // A stalled iteration (e.g. a cyclic permutation, where the Francis shifts are exactly
    // uninformative) is broken by an ad hoc shift of the size of the trailing subdiagonal.
    const w = Math.abs(h[n - 1][n - 2]) + Math.abs(h[n - 2][n - 3]);
    const d = 0.75 * w + h[n - 1][n - 1];
    return [2 * d, d * d + 0.4375 * w * w];
  }
  const [a, b, c, d] = [h[n - 2][n - 2], h[n - 2][n - 1], h[n - 1][n - 2], h[n - 1][n - 1]];
  return [a + d, a * d - b * c];
}

/** The largest k ≥ 1 whose subdiagonal entry h[k][k−1] is negligible next to its diagonal neighbours, or 0. */
function deflationPoint(h: Matrix, scale: number): number {
  for (let k = h.length - 1; k >= 1; k--) {
    const neighbours = Math.abs(h[k - 1][k - 1]) + Math.abs(h[k][k]);
    if (Math.abs(h[k][k - 1]) <= Number.EPSILON * (neighbours === 0 ? scale : neighbours)) return k;
  }
  return 0;
}

/** The square block h[from…to−1][from…to−1]. */
function block(h: Matrix, from: number, to: number): Matrix {
  return h.slice(from, to).map((row) => row.slice(from, to));
}

/**
 * Eigenvalues of a square matrix (any n ≥ 1), unsorted. Mutates `h`. Reduces to Hessenberg form,
 * iterates until a subdiagonal entry is negligible, then solves the two decoupled blocks separately.
 */
export function hessenbergEigenvalues(h: Matrix): Complex[] {
  const n = h.length;
  if (n === 1) return [[h[0][0], 0]];
  if (n === 2) return eigenvalues2x2(h[0][0], h[0][1], h[1][0], h[1][1]);
  reduceToHessenberg(h);
  let scale = 0;
  for (const row of h) for (const x of row) scale += Math.abs(x);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const k = deflationPoint(h, scale);
    if (k > 0) {
      return [...hessenbergEigenvalues(block(h, 0, k)), ...hessenbergEigenvalues(block(h, k, n))];
    }
    const [s, t] = shifts(h, iteration);
    francisStep(h, s, t);
  }
  throw new Error(`eigenvalues: the QR iteration did not converge in ${MAX_ITERATIONS} steps.`);
}
