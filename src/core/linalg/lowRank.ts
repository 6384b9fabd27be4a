/**
 * Best rank-k approximation in the Frobenius (and spectral) norm: the first k singular triplets,
 * A_k = Σ_{i<k} σᵢuᵢvᵢᵀ, with ‖A − A_k‖_F = √(Σ_{i≥k} σᵢ²) (Eckart–Young).
 */
import { norm2, type Matrix } from './matrix';
import { imageSvd } from './imageSvd';
import type { ThinSvd } from './thinSvd';

export interface LowRankApproximation {
  approx: Matrix;
  /** All min(m, n) singular values, descending. */
  singularValues: number[];
  /** ‖M − approx‖_F = √(Σ of the dropped σᵢ²). */
  error: number;
}

function checkRank(k: number, caller: string): void {
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`${caller}: k must be a whole number ≥ 0, not ${k}.`);
}

/**
 * The rank-k approximation from an SVD computed once (the image view moves k without recomputing):
 * k above min(m, n) keeps everything.
 */
export function lowRankFromSvd({ u, sigma, v }: ThinSvd, k: number): LowRankApproximation {
  checkRank(k, 'lowRankFromSvd');
  const r = Math.min(k, sigma.length);
  const n = v.length;
  const approx = u.map((ui) => {
    const row = new Array<number>(n).fill(0);
    for (let t = 0; t < r; t++) {
      const c = ui[t] * sigma[t];
      if (c === 0) continue;
      for (let j = 0; j < n; j++) row[j] += c * v[j][t];
    }
    return row;
  });
  return { approx, singularValues: sigma.slice(), error: norm2(sigma.slice(r)) };
}

/** M_k = Σ_{i<k} σᵢuᵢvᵢᵀ for an m × n matrix M, its singular values and the Frobenius error. */
export function lowRankApproximation(M: Matrix, k: number): LowRankApproximation {
  checkRank(k, 'lowRankApproximation');
  return lowRankFromSvd(imageSvd(M), k);
}

/** The share of Σσᵢ² kept by the first k singular values (1 for the zero matrix). */
export function energyKept(singularValues: number[], k: number): number {
  const total = norm2(singularValues);
  if (total === 0) return 1;
  const kept = norm2(singularValues.slice(0, Math.max(0, k)));
  return (kept / total) ** 2;
}

/** Numbers stored by a rank-k factorisation, k(m + n + 1), over the m·n of the full matrix. */
export function lowRankStorageRatio(m: number, n: number, k: number): number {
  return (k * (m + n + 1)) / (m * n);
}
