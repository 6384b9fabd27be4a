/**
 * Multivariate normal log-densities through the Cholesky factor Σ = LLᵀ:
 * log N(x | μ, Σ) = −½(d·log 2π + log|Σ| + ‖L⁻¹(x − μ)‖²), with log|Σ| = 2Σ log Lᵢᵢ.
 */

const LOG_2PI = Math.log(2 * Math.PI);

/** L (row-major d×d) with Σ = LLᵀ, or null when Σ is not positive definite to rounding (a pivot ≤ 1e-14·max Σᵢᵢ). */
export function choleskyOrNull(cov: readonly (readonly number[])[]): Float64Array | null {
  const d = cov.length;
  let maxDiag = 0;
  for (let i = 0; i < d; i++) maxDiag = Math.max(maxDiag, cov[i][i]);
  const l = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let s = cov[j][j];
    for (let k = 0; k < j; k++) s -= l[j * d + k] ** 2;
    if (!(s > 1e-14 * maxDiag) || !Number.isFinite(s)) return null;
    const ljj = Math.sqrt(s);
    l[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = cov[i][j];
      for (let k = 0; k < j; k++) t -= l[i * d + k] * l[j * d + k];
      l[i * d + j] = t / ljj;
    }
  }
  return l;
}

/** A Gaussian ready for repeated log-density evaluation. */
export interface PreparedGaussian {
  mean: readonly number[];
  chol: Float64Array;
  /** −½(d·log 2π + log|Σ|). */
  logNorm: number;
}

export function prepareGaussian(mean: readonly number[], chol: Float64Array): PreparedGaussian {
  const d = mean.length;
  let logDet = 0;
  for (let i = 0; i < d; i++) logDet += 2 * Math.log(chol[i * d + i]);
  return { mean, chol, logNorm: -0.5 * (d * LOG_2PI + logDet) };
}

/** log N(x | μ, Σ); `work` is scratch of length d. */
export function logDensity(g: PreparedGaussian, x: readonly number[], work: Float64Array): number {
  const d = g.mean.length;
  const l = g.chol;
  let q = 0;
  for (let i = 0; i < d; i++) {
    let s = x[i] - g.mean[i];
    for (let k = 0; k < i; k++) s -= l[i * d + k] * work[k];
    const zi = s / l[i * d + i];
    work[i] = zi;
    q += zi * zi;
  }
  return g.logNorm - 0.5 * q;
}
