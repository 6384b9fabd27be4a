/**
 * Minimum-norm least squares, min ‖Aw − b‖₂ with the smallest ‖w‖₂ among the minimisers, without
 * forming AᵀA: a Householder QR reduces the n×p problem to the p×p triangle R (‖Aw − b‖² = ‖Rw − Qᵀb‖² +
 * const), and the SVD of R, R = UΣVᵀ, gives w = VΣ⁺UᵀQᵀb. The conditioning seen is that of A, not its
 * square, which is the point of not solving the normal equations.
 */
import { svd } from '../linalg/svd';

export interface LeastSquaresSolution {
  w: number[];
  /** Singular values of A, descending (p of them; fewer rows than columns pads with zeros). */
  sigma: number[];
  /** Number of singular values above the cut-off max(n, p)·ε·σ₁ (NumPy's `lstsq` default). */
  rank: number;
}

/**
 * Reduces the columns of A (n×p, n ≥ p, copied) by Householder reflections; returns R (p×p) and the first
 * p entries of Qᵀb. The columns sit end to end in one Float64Array (column j at j·n) and each reflection is
 * written out in place: the same operations in the same order as reflecting column arrays one by one, so
 * the same bits, without a closure or an array per column (a 1,000 × 13 design is refactored at every
 * drag move of the Regression tab).
 */
function householderR(
  a: readonly (readonly number[])[],
  b: readonly number[],
  p: number,
): [number[][], number[]] {
  const n = a.length;
  // Column-major copy, b as the (p+1)-th column: each reflection works down columns.
  const c = new Float64Array(n * (p + 1));
  for (let i = 0; i < n; i++) {
    const row = a[i];
    for (let j = 0; j < p; j++) c[j * n + i] = row[j];
    c[p * n + i] = b[i];
  }
  const v = new Float64Array(n);
  for (let k = 0; k < p; k++) {
    const ck = k * n;
    let scale = 0;
    for (let i = k; i < n; i++) scale = Math.max(scale, Math.abs(c[ck + i]));
    if (scale === 0) continue;
    let norm = 0;
    for (let i = k; i < n; i++) {
      v[i] = c[ck + i] / scale;
      norm += v[i] * v[i];
    }
    norm = Math.sqrt(norm);
    const alpha = v[k] >= 0 ? -norm : norm;
    v[k] -= alpha;
    let vv = 0;
    for (let i = k; i < n; i++) vv += v[i] * v[i];
    if (vv === 0) continue;
    const beta = 2 / vv;
    // Columns k … p−1, then b: x ← x − β(vᵀx)v.
    for (let j = k; j <= p; j++) {
      const cj = j * n;
      let s = 0;
      for (let i = k; i < n; i++) s += v[i] * c[cj + i];
      s *= beta;
      for (let i = k; i < n; i++) c[cj + i] -= s * v[i];
    }
  }
  const r = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (j >= i ? c[j * n + i] : 0)),
  );
  return [r, Array.from(c.subarray(p * n, p * n + p))];
}

/** w = VΣ⁺UᵀQᵀb from the p×p triangle R and Qᵀb, with NumPy's cut-off max(n, p)·ε·σ₁ on the singular values. */
function solveReduced(r: number[][], qtb: readonly number[], n: number): LeastSquaresSolution {
  const p = r.length;
  const s = svd(r);
  const cut = Math.max(n, p) * Number.EPSILON * s.sigma[0];
  let rank = 0;
  for (const x of s.sigma) if (x > cut) rank++;
  const w = new Array<number>(p).fill(0);
  for (let k = 0; k < rank; k++) {
    let c = 0;
    for (let i = 0; i < p; i++) c += s.u[i][k] * qtb[i];
    c /= s.sigma[k];
    for (let j = 0; j < p; j++) w[j] += c * s.v[j][k];
  }
  return { w, sigma: s.sigma, rank };
}

/**
 * The minimum-norm least-squares solution of Aw ≈ b (A is n×p with p ≥ 1, finite). With fewer rows
 * than columns A is padded with zero rows, which changes neither the solutions nor their norms.
 */
export function leastSquares(a: readonly (readonly number[])[], b: readonly number[]): LeastSquaresSolution {
  const n = a.length;
  const p = a[0].length;
  let r: number[][];
  let qtb: number[];
  if (n >= p) [r, qtb] = householderR(a, b, p);
  else {
    r = Array.from({ length: p }, (_, i) => (i < n ? a[i].slice() : new Array<number>(p).fill(0)));
    qtb = Array.from({ length: p }, (_, i) => (i < n ? b[i] : 0));
  }
  return solveReduced(r, qtb, n);
}

/**
 * Least squares on leading columns: for each k in `sizes` (1 ≤ k ≤ p), the minimum-norm solution of
 * A₍ₖ₎w ≈ b, where A₍ₖ₎ holds A's first k columns. Householder reflection j is fixed by column j after the
 * reflections before it, so columns to its right never change it: one QR of A serves every k, with R₍ₖ₎
 * the leading k×k block of R and the first k entries of Qᵀb. Each result equals `leastSquares(A₍ₖ₎, b)`
 * (the same operations in the same order), at the cost of one factorization: the error curve against the
 * polynomial degree refits 13 nested models per drag move. Needs n ≥ p.
 */
export function nestedLeastSquares(
  a: readonly (readonly number[])[],
  b: readonly number[],
  sizes: readonly number[],
): LeastSquaresSolution[] {
  const n = a.length;
  const p = a[0].length;
  if (n < p) throw new RangeError('nestedLeastSquares: needs at least as many rows as columns.');
  const [r, qtb] = householderR(a, b, p);
  return sizes.map((k) => {
    if (!(Number.isInteger(k) && k >= 1 && k <= p))
      throw new RangeError(`nestedLeastSquares: size ${k} of ${p} columns.`);
    return solveReduced(
      r.slice(0, k).map((row) => row.slice(0, k)),
      qtb.slice(0, k),
      n,
    );
  });
}
