/**
 * Everything the matrix panel shows about A in one call. The SVD is computed once and decides both
 * the rank and whether the inverse exists, so the two can never disagree.
 */
import { assertSquare, type Matrix } from './matrix';
import { determinantFromLu, luDecompose, luInverse, type LuFactors } from './lu';
import { svd } from './svd';
import { rankFromSvd } from './subspaces';
import { eigenvalues, type Complex } from './eigenvalues';

export interface MatrixAnalysis {
  /** det A, from the pivoted LU factorisation. */
  det: number;
  /** tr A = Σᵢ Aᵢᵢ. */
  trace: number;
  /** #{i : σᵢ > 1e-10}. */
  rank: number;
  /** A⁻¹, or null when rank < n (the same σ > 1e-10 test). */
  inverse: number[][] | null;
  /** [re, im], sorted by re then im, descending. */
  eigenvalues: Complex[];
  /** σ₁ ≥ … ≥ σₙ ≥ 0, by one-sided Jacobi. */
  singularValues: number[];
}

/** det, trace, rank, inverse, eigenvalues and singular values of a square matrix (any n ≥ 1). */
export function analyzeMatrix(a: Matrix): MatrixAnalysis {
  const n = assertSquare(a, 'analyzeMatrix');
  const factors = luDecompose(a);
  const decomposition = svd(a);
  const rank = rankFromSvd(decomposition);
  return {
    det: determinantFromLu(factors),
    trace: a.reduce((s, row, i) => s + row[i], 0),
    rank,
    inverse: rank === n ? invert(factors) : null,
    eigenvalues: eigenvalues(a),
    singularValues: decomposition.sigma,
  };
}

/** A⁻¹, or null when A is singular by the rank rule (some σᵢ ≤ 1e-10). */
export function inverseMatrix(a: Matrix): number[][] | null {
  const n = assertSquare(a, 'inverseMatrix');
  return rankFromSvd(svd(a)) === n ? invert(luDecompose(a)) : null;
}

/** A⁻¹ from its factorisation, with −0 entries written as 0. */
function invert(factors: LuFactors): Matrix {
  return luInverse(factors).map((row) => row.map((x) => x + 0));
}
