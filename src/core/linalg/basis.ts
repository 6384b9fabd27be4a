/**
 * Change of basis. A basis of ℝⁿ is given as the n×n matrix B whose columns b₁ … bₙ are the basis
 * vectors; the coordinates c of v satisfy Bc = v, and the map x ↦ Ax reads B⁻¹AB in those coordinates.
 */
import { assertSquare, column, fromColumns, matMul, type Matrix, type Vector } from './matrix';
import { luDecompose, luSolve, type LuFactors } from './lu';
import { matrixRank } from './subspaces';

/** LU of B after checking, with the same σ > 1e-10 rule as rank, that the columns are independent. */
function factorBasis(basis: Matrix, caller: string): LuFactors {
  const n = assertSquare(basis, caller);
  if (matrixRank(basis) < n) throw new RangeError(`${caller}: the basis vectors are linearly dependent.`);
  return luDecompose(basis);
}

/** [v]_B = B⁻¹v, the coordinates of v in the basis formed by the columns of B (solved, not inverted). */
export function coordinatesInBasis(v: Vector, basis: Matrix): Vector {
  const factors = factorBasis(basis, 'coordinatesInBasis');
  if (v.length !== basis.length) throw new RangeError('coordinatesInBasis: v and B have different sizes.');
  return luSolve(factors, v);
}

/** [A]_B = B⁻¹AB, the matrix of x ↦ Ax in the basis formed by the columns of B. */
export function matrixInBasis(a: Matrix, basis: Matrix): Matrix {
  const factors = factorBasis(basis, 'matrixInBasis');
  if (assertSquare(a, 'matrixInBasis') !== basis.length)
    throw new RangeError('matrixInBasis: A and B have different sizes.');
  const ab = matMul(a, basis);
  const cols = ab[0].map((_, j) => luSolve(factors, column(ab, j)));
  return fromColumns(cols, cols.length);
}
