/**
 * Exact rescaling by powers of two. The SVD and the QR iteration square entries (Jacobi's column
 * norms, the double-shift polynomial), so 1e-170 would underflow to 0 and 1e160 overflow; working on
 * 2ᵏA with max|aᵢⱼ| in [½, 1) avoids both, and multiplying by 2ᵏ changes no bit of the mantissa.
 */
import type { Matrix } from './matrix';

/** x·2ᵏ, in two factors so that 2ᵏ itself (k up to ±1074 for subnormal input) never overflows. */
export function timesPowerOfTwo(x: number, k: number): number {
  const half = Math.trunc(k / 2);
  return x * 2 ** half * 2 ** (k - half);
}

/** The k with 2ᵏ·max|aᵢⱼ| in [½, 1), or 0 for the zero matrix. */
export function scaleExponent(a: Matrix): number {
  let max = 0;
  for (const row of a) for (const x of row) max = Math.max(max, Math.abs(x));
  if (max === 0) return 0;
  // Math.log2 can be off by one near powers of two; the loops settle the exact exponent.
  let k = -Math.floor(Math.log2(max)) - 1;
  while (timesPowerOfTwo(max, k) >= 1) k--;
  while (timesPowerOfTwo(max, k) < 0.5) k++;
  return k;
}

/** 2ᵏ·A, exact unless the result leaves the normal range. */
export function scaleMatrix(a: Matrix, k: number): Matrix {
  return k === 0 ? a.map((row) => row.slice()) : a.map((row) => row.map((x) => timesPowerOfTwo(x, k)));
}
