/**
 * Rank and the fundamental subspaces, all decided by one rule, NumPy's (numpy.linalg.matrix_rank): a
 * singular value counts as non-zero when σ > max(m, n)·ε·σ₁. Rounding in a backward-stable SVD moves
 * each σ by about ε‖A‖₂ = ε·σ₁, so a fixed absolute cut-off is wrong both for large matrices (1e7 ×
 * a singular one keeps σ₃ ≈ 1e-9 of pure rounding) and for tiny ones (1e-11·I has full rank). Rank,
 * "singular" (no inverse), the null space and the column space therefore never disagree on the page.
 */
import { column, type Matrix, type Vector } from './matrix';
import { svd, type Svd } from './svd';

/**
 * NumPy's cut-off for a square n × n SVD: n·ε·σ₁ (see `numpyRankTolerance` for m × n). Singular values
 * at or below it count as zero.
 */
export function rankToleranceOf({ sigma }: Svd): number {
  return sigma.length * Number.EPSILON * (sigma[0] ?? 0);
}

/** rank A = #{i : σᵢ > tol}, tol = n·ε·σ₁ unless given. */
export function rankFromSvd(s: Svd, tol: number = rankToleranceOf(s)): number {
  return s.sigma.filter((x) => x > tol).length;
}

/** rank A = #{i : σᵢ > n·ε·σ₁} (or σᵢ > tol when given), the dimension of the column space. */
export function matrixRank(a: Matrix, tol?: number): number {
  return rankFromSvd(svd(a), tol);
}

/**
 * An orthonormal basis of the null space {x : Ax = 0}: the right singular vectors vᵢ with σᵢ at or
 * below the rank cut-off. Empty when A has full rank; its length is the nullity n − rank.
 */
export function nullSpace(a: Matrix, tol?: number): Vector[] {
  const s = svd(a);
  const r = rankFromSvd(s, tol);
  return s.sigma.map((_, j) => column(s.v, j)).slice(r);
}

/**
 * An orthonormal basis of the column space {Ax}: the left singular vectors uᵢ with σᵢ above the rank
 * cut-off. Its length is the rank.
 */
export function columnSpace(a: Matrix, tol?: number): Vector[] {
  const s = svd(a);
  const r = rankFromSvd(s, tol);
  return s.sigma.map((_, j) => column(s.u, j)).slice(0, r);
}
