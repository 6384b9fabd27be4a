/**
 * Everything the linear-algebra page says about a square matrix A, from one pass over the core: its analysis
 * (det, trace, rank, inverse, eigenvalues), eigenpairs, whether the eigenvalues are ill-conditioned, the
 * characteristic polynomial p(λ) = det(λI − A), and bases of the null space and the column space.
 */
import { analyzeMatrix, type MatrixAnalysis } from './analyze';
import { characteristicPolynomial } from './charpoly';
import { eigenConditioning } from './conditioning';
import { eigenPairs, type EigenPair } from './eigenvectors';
import type { Matrix, Vector } from './matrix';
import { columnSpace, nullSpace } from './subspaces';

export interface MatrixReport {
  /** The matrix reported on (the very array passed in, so a caller can tell whether it is current). */
  a: Matrix;
  analysis: MatrixAnalysis;
  pairs: EigenPair[];
  /** Defective or nearly so: eigenvalues are accurate only to about 1e-5. */
  nearDefective: boolean;
  /** Coefficients of p(λ) = det(λI − A), highest power first. */
  charPoly: number[];
  nullBasis: Vector[];
  colBasis: Vector[];
}

/**
 * p(λ) has constant term (−1)ⁿ det A: when the determinant is exact or 0 (rank < n), the polynomial says the
 * same instead of its own rounding (2.3e-10 beside det A = 0).
 */
function withDeterminant(poly: number[], analysis: MatrixAnalysis): number[] {
  if (!analysis.detExact && analysis.detBound === null) return poly;
  const n = poly.length - 1;
  return [...poly.slice(0, n), (n % 2 === 0 ? 1 : -1) * analysis.det + 0];
}

/** The report on A. */
export function matrixReport(a: Matrix): MatrixReport {
  const analysis = analyzeMatrix(a);
  const pairs = eigenPairs(a, analysis.eigenvalues);
  return {
    a,
    analysis,
    pairs,
    // Exact (triangular) eigenvalues are not "accurate only to 1e-5": the core names them defective instead.
    nearDefective: !analysis.eigenvaluesExact && eigenConditioning(a, pairs).nearDefective,
    charPoly: withDeterminant(characteristicPolynomial(a), analysis),
    nullBasis: nullSpace(a),
    colBasis: columnSpace(a),
  };
}
