/** The bivariate Gaussian N(μ, Σ) over (x, y): conditionals, marginals, ellipses, samples, and its information. */
import type { Rng } from '../rng';
import { fillNormal } from '../samplers/continuous';

export type Mean2 = [number, number];
export type Cov2 = [[number, number], [number, number]];

/** Throws a RangeError unless μ is two finite numbers and Σ a symmetric positive semi-definite 2×2 matrix. */
export function checkGaussian2(mean: Mean2, cov: Cov2): void {
  if (!Array.isArray(mean) || mean.length !== 2 || !mean.every(Number.isFinite))
    throw new RangeError('the mean must be two finite numbers');
  if (!Array.isArray(cov) || cov.length !== 2 || !cov.every((r) => Array.isArray(r) && r.length === 2))
    throw new RangeError('the covariance must be a 2×2 matrix');
  const [[sxx, sxy], [syx, syy]] = cov;
  if (![sxx, sxy, syx, syy].every(Number.isFinite))
    throw new RangeError('the covariance entries must be finite');
  if (Math.abs(sxy - syx) > 1e-12 * Math.max(Math.abs(sxy), Math.abs(syx), 1e-300))
    throw new RangeError('the covariance must be symmetric (Σxy = Σyx)');
  if (sxx < 0 || syy < 0 || sxx * syy - sxy * sxy < -1e-12 * sxx * syy)
    throw new RangeError('the covariance must be positive semi-definite (variances ≥ 0, Σxy² ≤ ΣxxΣyy)');
}

/**
 * p(x | y = y₀) for (x, y) ~ N(μ, Σ): mean μx + Σxy/Σyy·(y₀ − μy) and variance Σxx − Σxy²/Σyy.
 * @throws RangeError for an invalid μ or Σ, Σyy = 0, or a non-finite y₀.
 */
export function conditionalGaussian(mean: Mean2, cov: Cov2, y0: number): { mean: number; variance: number } {
  checkGaussian2(mean, cov);
  if (!Number.isFinite(y0)) throw new RangeError('y0 must be a finite number');
  const [[sxx, sxy], [, syy]] = cov;
  if (!(syy > 0)) throw new RangeError('conditioning on y needs Σyy > 0');
  return { mean: mean[0] + (sxy / syy) * (y0 - mean[1]), variance: Math.max(0, sxx - (sxy * sxy) / syy) };
}

/** The marginal laws N(μx, Σxx) and N(μy, Σyy), as means and standard deviations. */
export function gaussian2Marginals(
  mean: Mean2,
  cov: Cov2,
): { x: { mean: number; sd: number }; y: { mean: number; sd: number } } {
  checkGaussian2(mean, cov);
  return { x: { mean: mean[0], sd: Math.sqrt(cov[0][0]) }, y: { mean: mean[1], sd: Math.sqrt(cov[1][1]) } };
}

/** Correlation ρ = Σxy/√(ΣxxΣyy) (NaN when a variance is 0). */
export function gaussian2Correlation(cov: Cov2): number {
  return cov[0][1] / Math.sqrt(cov[0][0] * cov[1][1]);
}

/**
 * The kσ ellipse {μ + k(√λ₁ cos t·v₁ + √λ₂ sin t·v₂)} from the eigen-decomposition Σ = λ₁v₁v₁ᵀ + λ₂v₂v₂ᵀ
 * (λ₁ ≥ λ₂): its semi-axes k√λᵢ, the angle of v₁ (radians) and `points` samples of the outline.
 */
export function gaussian2Ellipse(
  mean: Mean2,
  cov: Cov2,
  k = 1,
  points = 64,
): { semiAxes: [number, number]; angle: number; outline: Float64Array } {
  checkGaussian2(mean, cov);
  const [[a, b], [, d]] = cov;
  const half = 0.5 * (a + d);
  const r = Math.hypot(0.5 * (a - d), b);
  const l1 = half + r;
  const l2 = Math.max(0, half - r);
  const angle = 0.5 * Math.atan2(2 * b, a - d);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const outline = new Float64Array(2 * points);
  for (let i = 0; i < points; i++) {
    const t = (2 * Math.PI * i) / points;
    const u = k * Math.sqrt(l1) * Math.cos(t);
    const v = k * Math.sqrt(l2) * Math.sin(t);
    outline[2 * i] = mean[0] + c * u - s * v;
    outline[2 * i + 1] = mean[1] + s * u + c * v;
  }
  return { semiAxes: [k * Math.sqrt(l1), k * Math.sqrt(l2)], angle, outline };
}

/** The lower Cholesky factor [[l11, 0], [l21, l22]] of a PSD Σ (l22 = 0 for a singular one). */
export function gaussian2Factor(cov: Cov2): [number, number, number] {
  const l11 = Math.sqrt(cov[0][0]);
  const l21 = l11 > 0 ? cov[0][1] / l11 : 0;
  return [l11, l21, Math.sqrt(Math.max(0, cov[1][1] - l21 * l21))];
}

/** n draws of N(μ, Σ) as x₀, y₀, x₁, y₁, …: μ + Lz with Σ = LLᵀ and z standard normal. */
export function sampleGaussian2(mean: Mean2, cov: Cov2, rng: Rng, n: number): Float64Array {
  checkGaussian2(mean, cov);
  const [l11, l21, l22] = gaussian2Factor(cov);
  const out = new Float64Array(2 * n);
  fillNormal(rng, out, 0, 1);
  for (let i = 0; i < n; i++) {
    const z1 = out[2 * i];
    const z2 = out[2 * i + 1];
    out[2 * i] = mean[0] + l11 * z1;
    out[2 * i + 1] = mean[1] + l21 * z1 + l22 * z2;
  }
  return out;
}

/** Density of N(μ, Σ) at (x, y) (Σ must be positive definite; 0 otherwise off the mean). */
export function gaussian2Density(mean: Mean2, cov: Cov2, x: number, y: number): number {
  const [[a, b], [, d]] = cov;
  const det = a * d - b * b;
  const dx = x - mean[0];
  const dy = y - mean[1];
  const q = (d * dx * dx - 2 * b * dx * dy + a * dy * dy) / det;
  return Math.exp(-0.5 * q) / (2 * Math.PI * Math.sqrt(det));
}

/**
 * Mutual information of the two coordinates of a bivariate Gaussian with correlation ρ:
 * I = −½ log(1 − ρ²), in bits (base 2, the default) or nats ('e').
 */
export function gaussianMutualInformation(rho: number, base: 2 | 'e' = 2): number {
  if (!(Math.abs(rho) <= 1)) throw new RangeError('the correlation must be between −1 and 1');
  const nats = -0.5 * Math.log1p(-rho * rho);
  return base === 'e' ? nats : nats / Math.LN2;
}

/**
 * The normalized product of two normal densities N(μ₁, σ₁²)·N(μ₂, σ₂²) ∝ N(μ, σ²): precisions add,
 * 1/σ² = 1/σ₁² + 1/σ₂², and μ = σ²(μ₁/σ₁² + μ₂/σ₂²) (the precision-weighted mean).
 */
export function normalProduct(
  a: { mean: number; sd: number },
  b: { mean: number; sd: number },
): { mean: number; sd: number } {
  const pa = 1 / (a.sd * a.sd);
  const pb = 1 / (b.sd * b.sd);
  const v = 1 / (pa + pb);
  return { mean: v * (a.mean * pa + b.mean * pb), sd: Math.sqrt(v) };
}

/** The law of X + Y for independent X ~ N(μ₁, σ₁²), Y ~ N(μ₂, σ₂²): N(μ₁ + μ₂, σ₁² + σ₂²). */
export function normalSum(
  a: { mean: number; sd: number },
  b: { mean: number; sd: number },
): { mean: number; sd: number } {
  return { mean: a.mean + b.mean, sd: Math.hypot(a.sd, b.sd) };
}
