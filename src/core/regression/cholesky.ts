/**
 * Cholesky factorisation A = LLᵀ of a symmetric positive definite matrix and the inverse through it.
 * Used on precision matrices that are positive definite by construction (αI + βΦᵀΦ, α > 0).
 */

/** Lower-triangular L with A = LLᵀ. A diagonal pivot ≤ 0 (A not positive definite to rounding) is clamped to the smallest positive normal. */
export function cholesky(a: readonly (readonly number[])[]): number[][] {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = a[j][j];
    for (let k = 0; k < j; k++) d -= l[j][k] * l[j][k];
    const ljj = Math.sqrt(Math.max(d, Number.MIN_VALUE));
    l[j][j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      l[i][j] = s / ljj;
    }
  }
  return l;
}

/** A⁻¹ = L⁻ᵀL⁻¹ from A's Cholesky factor, exactly symmetric. */
export function choleskyInverse(l: readonly (readonly number[])[]): number[][] {
  const n = l.length;
  // Columns of L⁻¹ by forward substitution.
  const inv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    for (let i = c; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = c; k < i; k++) s -= l[i][k] * inv[k][c];
      inv[i][c] = s / l[i][i];
    }
  }
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = j; k < n; k++) s += inv[k][i] * inv[k][j];
      out[i][j] = out[j][i] = s;
    }
  }
  return out;
}
