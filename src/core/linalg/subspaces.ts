/**
 * Rank and the fundamental subspaces, all decided by one rule: a singular value counts as non-zero
 * when σ > 1e-10 (absolute). Rank, "singular" (no inverse), the null space and the column space
 * therefore never disagree with each other on the page.
 */
import { column, type Matrix, type Vector } from './matrix';
import { svd, type Svd } from './svd';

/** Singular values at or below this (absolute) count as zero. */
export const RANK_TOLERANCE = 1e-10;

/** rank A = #{i : σᵢ > 1e-10}. */
export function rankFromSvd({ sigma }: Svd, tol: number = RANK_TOLERANCE): number {
  return sigma.filter((s) => s > tol).length;
}

/** rank A = #{i : σᵢ > 1e-10}, the dimension of the column space. */
export function matrixRank(a: Matrix, tol: number = RANK_TOLERANCE): number {
  return rankFromSvd(svd(a), tol);
}

/**
 * An orthonormal basis of the null space {x : Ax = 0}: the right singular vectors vᵢ with σᵢ ≤ tol.
 * Empty when A has full rank; its length is the nullity n − rank.
 */
export function nullSpace(a: Matrix, tol: number = RANK_TOLERANCE): Vector[] {
  const s = svd(a);
  const r = rankFromSvd(s, tol);
  return s.sigma.map((_, j) => column(s.v, j)).slice(r);
}

/**
 * An orthonormal basis of the column space {Ax}: the left singular vectors uᵢ with σᵢ > tol.
 * Its length is the rank.
 */
export function columnSpace(a: Matrix, tol: number = RANK_TOLERANCE): Vector[] {
  const s = svd(a);
  const r = rankFromSvd(s, tol);
  return s.sigma.map((_, j) => column(s.u, j)).slice(0, r);
}
