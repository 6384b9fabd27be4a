/**
 * LU factorisation with partial pivoting, PA = LU, and what it gives cheaply: the determinant, linear
 * solves and the inverse. Partial pivoting keeps |Lᵢⱼ| ≤ 1, which makes the factorisation backward
 * stable in practice for the small matrices of the page.
 */
import { assertSquare, type Matrix, type Vector } from './matrix';

/** PA = LU packed in one matrix: L strictly below the diagonal (unit diagonal implied), U on and above. */
export interface LuFactors {
  lu: Matrix;
  /** perm[i] is the row of A that became row i of PA. */
  perm: number[];
  /** det P = ±1, the sign of the row permutation. */
  sign: number;
}

/** Doolittle elimination with partial pivoting: at step k the row with the largest |aᵢₖ| (i ≥ k) pivots. */
export function luDecompose(a: Matrix): LuFactors {
  const n = assertSquare(a, 'luDecompose');
  const lu = a.map((row) => row.slice());
  const perm = Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) p = i;
    if (p !== k) {
      [lu[p], lu[k]] = [lu[k], lu[p]];
      [perm[p], perm[k]] = [perm[k], perm[p]];
      sign = -sign;
    }
    const pivot = lu[k][k];
    // A zero pivot means the column is already zero below the diagonal: nothing to eliminate, and
    // det = 0 follows from the zero on U's diagonal.
    if (pivot === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const m = (lu[i][k] /= pivot);
      if (m !== 0) for (let j = k + 1; j < n; j++) lu[i][j] -= m * lu[k][j];
    }
  }
  return { lu, perm, sign };
}

/** det A = det(P)·Πᵢ Uᵢᵢ from the pivoted LU factorisation. */
export function determinant(a: Matrix): number {
  return determinantFromLu(luDecompose(a));
}

/** det A = det(P)·Πᵢ Uᵢᵢ for an existing factorisation; −0 is returned as 0. */
export function determinantFromLu({ lu, sign }: LuFactors): number {
  return lu.reduce((d, row, i) => d * row[i], sign) + 0;
}

/** Solves Ax = b given PA = LU, by forward then back substitution. U must have a non-zero diagonal. */
export function luSolve({ lu, perm }: LuFactors, b: Vector): Vector {
  const n = lu.length;
  const x = perm.map((p) => b[p]);
  for (let i = 1; i < n; i++) for (let j = 0; j < i; j++) x[i] -= lu[i][j] * x[j];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) x[i] -= lu[i][j] * x[j];
    x[i] /= lu[i][i];
  }
  return x;
}

/**
 * A⁻¹ column by column, A·(A⁻¹)ⱼ = eⱼ. The caller decides singularity (by rank, see `matrixRank`):
 * this returns whatever the elimination gives, with infinities where a pivot is exactly 0.
 */
export function luInverse(factors: LuFactors): Matrix {
  const n = factors.lu.length;
  const cols = Array.from({ length: n }, (_, j) =>
    luSolve(
      factors,
      Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]));
}
