/**
 * Everything the matrix panel shows about A in one call. The SVD is computed once and decides the
 * rank, whether the inverse exists and whether the determinant shown is 0, so the three can never
 * disagree. Integer matrices are decided exactly: their determinant is computed in integer arithmetic,
 * and det ≠ 0 ⇔ full rank.
 */
import { assertSquare, type Matrix } from './matrix';
import { determinantFromLu, luDecompose, luInverse, type LuFactors } from './lu';
import { svd } from './svd';
import { rankFromSvd, rankToleranceOf } from './subspaces';
import { eigenvalues, type Complex } from './eigenvalues';
import { integerDeterminant, triangularEigenvalues } from './exact';

export interface MatrixAnalysis {
  /**
   * det A: exact for an integer matrix; otherwise 0 when rank < n (its computed value is rounding
   * noise, bounded by `detBound`), else det(P)·ΠUᵢᵢ from the pivoted LU factorisation.
   */
  det: number;
  /** The determinant came from exact integer arithmetic (every entry an integer). */
  detExact: boolean;
  /**
   * When rank < n and A is not an integer matrix: |det A| < detBound to rounding, the product of the
   * singular values with those at or below the cut-off raised to it (Π max(σᵢ, tol)). null otherwise.
   */
  detBound: number | null;
  /** tr A = Σᵢ Aᵢᵢ. */
  trace: number;
  /** #{i : σᵢ > n·ε·σ₁} (NumPy's rule); for an integer matrix, n exactly when det ≠ 0. */
  rank: number;
  /** NumPy's cut-off n·ε·σ₁ that the singular values were compared with. */
  rankTolerance: number;
  /** A⁻¹, or null when rank < n. */
  inverse: number[][] | null;
  /** [re, im], sorted by re then im, descending. */
  eigenvalues: Complex[];
  /** The eigenvalues are exact: A is triangular, so they are its diagonal entries. */
  eigenvaluesExact: boolean;
  /**
   * Only for a triangular A (exact eigenvalues): some eigenvalue λ of multiplicity k has fewer than k
   * independent eigenvectors (nullity of A − λI < k), so A cannot be diagonalised. false otherwise.
   */
  defective: boolean;
  /** σ₁ ≥ … ≥ σₙ ≥ 0, by one-sided Jacobi. */
  singularValues: number[];
}

/** Π max(σᵢ, tol): |det A| = Πσᵢ, and a σ at or below tol is known only to be ≤ tol. */
function determinantBound(sigma: number[], tol: number): number {
  return sigma.reduce((p, s) => p * Math.max(s, tol), 1);
}

/** For a triangular A with diagonal `diag`: is some repeated eigenvalue short of eigenvectors? */
function triangularDefective(a: Matrix, diag: number[]): boolean {
  const n = a.length;
  const counts = new Map<number, number>();
  for (const d of diag) counts.set(d, (counts.get(d) ?? 0) + 1);
  for (const [lambda, k] of counts) {
    if (k < 2) continue;
    const shifted = a.map((row, i) => row.map((x, j) => (i === j ? x - lambda : x)));
    const nullity = n - rankFromSvd(svd(shifted));
    if (nullity < k) return true;
  }
  return false;
}

/** det, trace, rank, inverse, eigenvalues and singular values of a square matrix (any n ≥ 1). */
export function analyzeMatrix(a: Matrix): MatrixAnalysis {
  const n = assertSquare(a, 'analyzeMatrix');
  const factors = luDecompose(a);
  const decomposition = svd(a);
  const rankTolerance = rankToleranceOf(decomposition);
  const exactDet = integerDeterminant(a);
  let rank = rankFromSvd(decomposition, rankTolerance);
  if (exactDet !== null) rank = exactDet !== 0 ? n : Math.min(rank, n - 1);
  const det = exactDet !== null ? exactDet + 0 : rank < n ? 0 : determinantFromLu(factors);
  const diag = triangularEigenvalues(a);
  return {
    det,
    detExact: exactDet !== null,
    detBound: exactDet === null && rank < n ? determinantBound(decomposition.sigma, rankTolerance) : null,
    trace: a.reduce((s, row, i) => s + row[i], 0),
    rank,
    rankTolerance,
    inverse: rank === n ? invert(factors) : null,
    eigenvalues: diag ? diag.map((x): Complex => [x + 0, 0]) : eigenvalues(a),
    eigenvaluesExact: diag !== null,
    defective: diag !== null && triangularDefective(a, diag),
    singularValues: decomposition.sigma,
  };
}

/** A⁻¹, or null when A is singular by the rank rule (some σᵢ ≤ n·ε·σ₁, or an exact det of 0). */
export function inverseMatrix(a: Matrix): number[][] | null {
  const n = assertSquare(a, 'inverseMatrix');
  const exactDet = integerDeterminant(a);
  const full = exactDet !== null ? exactDet !== 0 : rankFromSvd(svd(a)) === n;
  return full ? invert(luDecompose(a)) : null;
}

/** A⁻¹ from its factorisation, with −0 entries written as 0. */
function invert(factors: LuFactors): Matrix {
  return luInverse(factors).map((row) => row.map((x) => x + 0));
}
