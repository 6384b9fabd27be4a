/**
 * QR decomposition by Householder reflections (backward stable, Q orthonormal to working precision
 * whatever the conditioning of A, unlike classical Gram–Schmidt).
 */
import { reflectorFor, type Reflector } from './householder';
import type { Matrix } from './matrix';
import { assertRectangular } from './rect';

/** Applies the reflector I − βvvᵀ to rows start… of columns `from`… of `a`, in place. */
function reflectRows(a: Matrix, { start, v, beta }: Reflector, from: number): void {
  if (beta === 0) return;
  const cols = a[0].length;
  for (let c = from; c < cols; c++) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[i] * a[start + i][c];
    s *= beta;
    for (let i = 0; i < v.length; i++) a[start + i][c] -= s * v[i];
  }
}

/**
 * The reduced QR decomposition A = QR of an m × n matrix, k = min(m, n): Q is m × k with orthonormal
 * columns, R is k × n upper triangular with diag(R) ≥ 0 (numpy.linalg.qr with the signs fixed; the
 * factorisation is unique when A has full column rank). Throws a RangeError on malformed input.
 */
export function qrDecompose(A: Matrix): { Q: Matrix; R: Matrix } {
  const [m, n] = assertRectangular(A, 'qrDecompose');
  const k = Math.min(m, n);
  const r = A.map((row) => row.slice());
  const reflectors: Reflector[] = [];
  for (let j = 0; j < k; j++) {
    const refl = reflectorFor(
      r.slice(j).map((row) => row[j]),
      j,
    );
    reflectRows(r, refl, j);
    for (let i = j + 1; i < m; i++) r[i][j] = 0;
    reflectors.push(refl);
  }
  // Q = P₀P₁⋯P_{k−1} applied to the first k columns of the identity.
  const q: Matrix = Array.from({ length: m }, (_, i) =>
    Array.from({ length: k }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let j = k - 1; j >= 0; j--) reflectRows(q, reflectors[j], 0);
  const R = r.slice(0, k);
  for (let i = 0; i < k; i++) {
    if (R[i][i] < 0) {
      R[i] = R[i].map((x) => -x);
      for (const row of q) row[i] = -row[i];
    }
  }
  // `+ 0` turns the −0 of negated zeros into 0.
  return { Q: q.map((row) => row.map((x) => x + 0)), R: R.map((row) => row.map((x) => x + 0)) };
}
