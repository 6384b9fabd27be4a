/**
 * Orthogonal projection onto the column space of A, for A of any shape and rank. The textbook
 * P = A(AᵀA)⁻¹Aᵀ needs independent columns; P = U_rU_rᵀ, with U_r the left singular vectors of the
 * r = rank A non-negligible singular values, is the same matrix then and still defined otherwise.
 */
import { transposeMatrix, type Matrix, type Vector } from './matrix';
import { completeBasis } from './orthonormal';
import { assertRectangular, numpyRankTolerance } from './rect';
import { thinSvd } from './thinSvd';

/** Rank and orthonormal bases of the column space (in ℝᵐ) and the null space (in ℝⁿ) of an m × n A. */
export interface RectangularSubspaces {
  rank: number;
  /** NumPy's cut-off max(m, n)·ε·σ₁ that decided the rank. */
  tolerance: number;
  columnSpace: Vector[];
  /** n − rank vectors (rank–nullity). */
  nullSpace: Vector[];
}

/**
 * rank A = #{σᵢ > max(m, n)·ε·σ₁} and the column and null spaces of an m × n matrix: the left singular
 * vectors of the kept σ, and the orthogonal complement of the right ones in ℝⁿ.
 */
export function subspacesOf(A: Matrix): RectangularSubspaces {
  const [m, n] = assertRectangular(A, 'subspacesOf');
  const { u, sigma, v } = thinSvd(A);
  const tolerance = numpyRankTolerance(m, n, sigma[0]);
  const rank = sigma.filter((s) => s > tolerance).length;
  const ut = transposeMatrix(u);
  const vt = transposeMatrix(v);
  return {
    rank,
    tolerance,
    columnSpace: ut.slice(0, rank),
    nullSpace: completeBasis(vt.slice(0, rank), n).slice(rank),
  };
}

/** P = Σᵢ uᵢuᵢᵀ over an orthonormal basis u of the column space of A (m × m, P² = P = Pᵀ), any rank. */
export function projectionMatrix(A: Matrix): Matrix {
  const [m] = assertRectangular(A, 'projectionMatrix');
  const { columnSpace } = subspacesOf(A);
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: m }, (_, j) => {
      let s = 0;
      for (const q of columnSpace) s += q[i] * q[j];
      return s;
    }),
  );
}

/** The projection p = Pv of v onto the column space of A and the residual r = v − p (r ⟂ every column). */
export function projectVector(A: Matrix, v: Vector): { projection: Vector; residual: Vector } {
  const [m] = assertRectangular(A, 'projectVector');
  if (v.length !== m) throw new RangeError(`projectVector: v must have ${m} entries.`);
  const { columnSpace } = subspacesOf(A);
  const projection = v.map(() => 0);
  for (const q of columnSpace) {
    let c = 0;
    for (let i = 0; i < m; i++) c += q[i] * v[i];
    for (let i = 0; i < m; i++) projection[i] += c * q[i];
  }
  return { projection, residual: v.map((x, i) => x - projection[i]) };
}
