/**
 * The thin SVD of a rectangular matrix, built from the square one-sided Jacobi SVD: a tall A (m > n)
 * is first reduced to its n × n triangle by Householder QR (A = QR, R = U_R Σ Vᵀ, so U = QU_R), a wide
 * one is transposed. The Jacobi sweeps then run on n × n instead of m × m, which is what keeps a
 * 512 × 128 image cheap, and both steps are backward stable.
 */
import { matMul, transposeMatrix, type Matrix } from './matrix';
import { qrDecompose } from './qr';
import { assertRectangular } from './rect';
import { svd } from './svd';

/** A = U·diag(σ)·Vᵀ with U m × r, V n × r (orthonormal columns), σ descending ≥ 0, r = min(m, n). */
export interface ThinSvd {
  u: Matrix;
  sigma: number[];
  v: Matrix;
}

/** The thin SVD of an m × n matrix (see {@link ThinSvd}). Throws a RangeError on malformed input. */
export function thinSvd(A: Matrix): ThinSvd {
  const [m, n] = assertRectangular(A, 'thinSvd');
  if (m < n) {
    const t = thinSvd(transposeMatrix(A));
    return { u: t.v, sigma: t.sigma, v: t.u };
  }
  if (m === n) return svd(A);
  const { Q, R } = qrDecompose(A);
  const s = svd(R);
  return { u: matMul(Q, s.u), sigma: s.sigma, v: s.v };
}
