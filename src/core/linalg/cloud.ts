/**
 * Seeded Gaussian point clouds x = μ + Lz, z ~ N(0, I), with LLᵀ = Σ. The factor is taken from the
 * symmetric eigen-decomposition (L = W·diag(√λ)) rather than Cholesky, so that a singular Σ (a flat
 * cloud, the interesting case for PCA) is accepted.
 */
import type { Rng } from '../probability/rng';
import { assertSquare, column, dot, frobeniusNorm, type Matrix, type Vector } from './matrix';
import { svd } from './svd';

/**
 * L with LLᵀ = Σ for a symmetric positive semidefinite Σ. Throws a RangeError when Σ is not symmetric
 * (beyond 1e-12 relative) or has an eigenvalue below −1e-10‖Σ‖_F; smaller negative eigenvalues, and
 * positive ones below nε‖Σ‖₂, are rounding residue and count as 0.
 */
export function psdFactor(cov: Matrix): Matrix {
  const n = assertSquare(cov, 'psdFactor');
  const scale = frobeniusNorm(cov);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(cov[i][j] - cov[j][i]) > 1e-12 * scale)
        throw new RangeError('psdFactor: the covariance must be symmetric.');
    }
  }
  const { u, sigma, v } = svd(cov);
  // For symmetric Σ the SVD is its eigen-decomposition up to signs: uᵢ·vᵢ = sign(λᵢ).
  const lambdas = sigma.map((s, j) => (dot(column(u, j), column(v, j)) < 0 ? -s : s));
  if (lambdas.some((l) => l < -1e-10 * scale))
    throw new RangeError('psdFactor: the covariance must be positive semidefinite.');
  // Eigenvalues at rounding level (≤ nε‖Σ‖) are zeros: their square roots (~1e-8‖Σ‖^½) would lift a
  // flat cloud visibly off its plane.
  const negligible = n * Number.EPSILON * (sigma[0] ?? 0);
  const roots = lambdas.map((l) => (l <= negligible ? 0 : Math.sqrt(l)));
  return v.map((row) => row.map((x, j) => x * roots[j]));
}

/**
 * `count` independent standard normal deviates by the Box–Muller transform:
 * z₁ = √(−2 ln u₁)·cos 2πu₂, z₂ = √(−2 ln u₁)·sin 2πu₂ for independent uniform u₁ ∈ (0, 1], u₂.
 */
export function standardNormals(rng: Rng, count: number): number[] {
  const out: number[] = [];
  while (out.length < count) {
    // rng.next() is in [0, 1): 1 − u is in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - rng.next()));
    const theta = 2 * Math.PI * rng.next();
    out.push(r * Math.cos(theta));
    if (out.length < count) out.push(r * Math.sin(theta));
  }
  return out;
}

/**
 * `count` points xᵢ = μ + Lzᵢ ~ N(μ, Σ) from the seeded generator `rng` (e.g. `createRng(seed)`):
 * the same seed gives the same cloud. Σ must be symmetric positive semidefinite (see {@link psdFactor}).
 */
export function gaussianCloud(rng: Rng, mean: Vector, cov: Matrix, count: number): Vector[] {
  const l = psdFactor(cov);
  if (mean.length !== l.length)
    throw new RangeError('gaussianCloud: mean and covariance have different sizes.');
  if (mean.some((m) => !Number.isFinite(m))) throw new RangeError('gaussianCloud: the mean must be finite.');
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('gaussianCloud: count must be a non-negative integer.');
  const d = mean.length;
  const z = standardNormals(rng, d * count);
  return Array.from({ length: count }, (_, p) =>
    mean.map((m, i) => l[i].reduce((acc, lij, j) => acc + lij * z[p * d + j], m)),
  );
}
