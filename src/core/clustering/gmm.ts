/**
 * One EM step for a Gaussian mixture with full covariances (Dempster, Laird & Rubin 1977):
 *   E: rᵢₖ = πₖN(xᵢ | μₖ, Σₖ) / Σⱼ πⱼN(xᵢ | μⱼ, Σⱼ), and ℓ = Σᵢ log Σₖ πₖN(xᵢ | μₖ, Σₖ), both of the input;
 *   M: Nₖ = Σᵢ rᵢₖ, πₖ = Nₖ/n, μₖ = Σᵢ rᵢₖxᵢ/Nₖ, Σₖ = Σᵢ rᵢₖ(xᵢ − μₖ)(xᵢ − μₖ)ᵀ/Nₖ (no floor).
 * ℓ never decreases from one step to the next. Sums are taken in log space (log-sum-exp) so that far
 * points do not underflow to 0/0.
 */
import { choleskyOrNull, logDensity, prepareGaussian, type PreparedGaussian } from './gaussian';
import { assertData } from './scatter';

export interface GmmParams {
  weights: number[];
  means: number[][];
  covariances: number[][][];
}

export interface GmmStep {
  /** The maximum-likelihood M-step from the input's responsibilities. */
  params: GmmParams;
  /** ℓ of the input parameters. */
  logLikelihood: number;
  /** n×K, rows sum to 1, of the input parameters. */
  responsibilities: number[][];
  /**
   * Components whose input covariance was not positive definite (a collapse onto a point or a line):
   * for the E-step only, COVARIANCE_FLOOR·(mean data variance)·I was added to them (growing ×10 until
   * it factors). Empty for a healthy mixture; the page reports a non-empty list instead of drawing NaN.
   */
  regularized: number[];
  /** Components whose new covariance is singular to rounding (the next step will regularize them). */
  collapsed: number[];
}

/** The relative covariance floor of `gmmEmStep`'s guard, in units of the data's mean variance. */
export const COVARIANCE_FLOOR = 1e-9;

/** Checks that the parameters describe K ≥ 1 components in dimension d; returns the weights normalised to sum 1. */
function checkParams(p: GmmParams, d: number): number[] {
  const k = p?.weights?.length ?? 0;
  if (k === 0 || p.means?.length !== k || p.covariances?.length !== k)
    throw new RangeError(
      'gmmEmStep: weights, means and covariances must describe the same K ≥ 1 components.',
    );
  if (p.weights.some((w) => !(w >= 0) || !Number.isFinite(w)) || p.weights.every((w) => w === 0))
    throw new RangeError('gmmEmStep: weights must be finite, ≥ 0 and not all 0.');
  for (let c = 0; c < k; c++) {
    const m = p.means[c];
    const s = p.covariances[c];
    if (m.length !== d || m.some((v) => !Number.isFinite(v)))
      throw new RangeError(`gmmEmStep: mean ${c + 1} must have ${d} finite coordinates.`);
    if (!isSymmetric(s, d))
      throw new RangeError(
        `gmmEmStep: covariance ${c + 1} must be a symmetric ${d}×${d} matrix of finite numbers.`,
      );
  }
  const total = p.weights.reduce((a, b) => a + b, 0);
  return p.weights.map((w) => w / total);
}

/** d×d, finite, and symmetric to 1e-12 relative (the factorisation reads the lower triangle only). */
function isSymmetric(s: number[][], d: number): boolean {
  if (s?.length !== d) return false;
  return s.every(
    (row, i) =>
      row.length === d &&
      row.every(
        (v, j) => Number.isFinite(v) && Math.abs(v - s[j][i]) <= 1e-12 * (Math.abs(v) + Math.abs(s[j][i])),
      ),
  );
}

/** The mean per-coordinate variance of X (divisor n), the unit of the covariance floor; 1 if X is one point repeated. */
function dataVariance(X: number[][], d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    let m = 0;
    for (const x of X) m += x[j];
    m /= X.length;
    for (const x of X) s += (x[j] - m) ** 2;
  }
  const v = s / (X.length * d);
  return v > 0 ? v : 1;
}

/** Prepares component c, adding the smallest floor that makes its covariance factor when it does not. */
function prepare(
  mean: number[],
  cov: number[][],
  unit: () => number,
): { g: PreparedGaussian; floored: boolean } {
  let chol = choleskyOrNull(cov);
  let floored = false;
  for (let eps = COVARIANCE_FLOOR * unit(); chol === null; eps *= 10) {
    floored = true;
    chol = choleskyOrNull(cov.map((row, i) => row.map((v, j) => (i === j ? v + eps : v))));
  }
  return { g: prepareGaussian(mean, chol), floored };
}

/**
 * One E step and one M step from `p` (see the file comment). X is n ≥ 1 points in ℝᵈ. Throws a
 * RangeError on bad input. A component with no responsibility at all keeps its mean and covariance
 * and gets weight 0.
 */
export function gmmEmStep(X: number[][], p: GmmParams): GmmStep {
  const d = assertData(X, 1, 'gmmEmStep');
  const weights = checkParams(p, d);
  const K = weights.length;
  const n = X.length;
  let variance: number | undefined;
  const unit = () => (variance ??= dataVariance(X, d));
  const regularized: number[] = [];
  const comps = p.covariances.map((cov, c) => {
    const r = prepare(p.means[c], cov, unit);
    if (r.floored) regularized.push(c);
    return r.g;
  });
  const logW = weights.map((w) => (w > 0 ? Math.log(w) : -Infinity));
  const work = new Float64Array(d);
  const logs = new Float64Array(K);
  const responsibilities: number[][] = new Array(n);
  let logLikelihood = 0;
  for (let i = 0; i < n; i++) {
    let top = -Infinity;
    for (let c = 0; c < K; c++) {
      logs[c] = logW[c] === -Infinity ? -Infinity : logW[c] + logDensity(comps[c], X[i], work);
      if (logs[c] > top) top = logs[c];
    }
    let s = 0;
    for (let c = 0; c < K; c++) s += Math.exp(logs[c] - top);
    const lse = top + Math.log(s);
    logLikelihood += lse;
    const row = new Array<number>(K);
    for (let c = 0; c < K; c++) row[c] = Math.exp(logs[c] - lse);
    responsibilities[i] = row;
  }
  const params = mStep(X, responsibilities, p);
  const collapsed: number[] = [];
  params.covariances.forEach((cov, c) => {
    if (params.weights[c] > 0 && choleskyOrNull(cov) === null) collapsed.push(c);
  });
  return { params, logLikelihood, responsibilities, regularized, collapsed };
}

/** The M step: weights, means and covariances (divisor Nₖ, around the new means) from responsibilities. */
function mStep(X: number[][], r: number[][], previous: GmmParams): GmmParams {
  const n = X.length;
  const d = X[0].length;
  const K = r[0].length;
  const weights: number[] = [];
  const means: number[][] = [];
  const covariances: number[][][] = [];
  for (let c = 0; c < K; c++) {
    let nk = 0;
    const mu = new Array<number>(d).fill(0);
    for (let i = 0; i < n; i++) {
      const w = r[i][c];
      nk += w;
      for (let j = 0; j < d; j++) mu[j] += w * X[i][j];
    }
    if (!(nk > 0)) {
      weights.push(0);
      means.push(previous.means[c].slice());
      covariances.push(previous.covariances[c].map((row) => row.slice()));
      continue;
    }
    for (let j = 0; j < d; j++) mu[j] /= nk;
    const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const diff = new Array<number>(d);
    for (let i = 0; i < n; i++) {
      const w = r[i][c];
      if (w === 0) continue;
      for (let j = 0; j < d; j++) diff[j] = X[i][j] - mu[j];
      for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[a][b] += w * diff[a] * diff[b];
    }
    for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[b][a] = cov[a][b] /= nk;
    weights.push(nk / n);
    means.push(mu);
    covariances.push(cov);
  }
  return { weights, means, covariances };
}

/** BIC = −2ℓ + m·ln n with m = (K − 1) + Kd + Kd(d + 1)/2 free parameters (scikit-learn's `bic`). */
export function gmmBic(logLikelihood: number, n: number, d: number, K: number): number {
  const m = K - 1 + K * d + (K * d * (d + 1)) / 2;
  return -2 * logLikelihood + m * Math.log(n);
}
