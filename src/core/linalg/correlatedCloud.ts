/**
 * A zero-mean Gaussian cloud described as a lecturer gives it: a standard deviation σᵢ along each axis and the
 * correlations between axes (r₁₂ in 2-D; r₁₂, r₁₃, r₂₃ in 3-D). Its covariance is Σᵢⱼ = σᵢ σⱼ rᵢⱼ (rᵢᵢ = 1),
 * which is a covariance only when positive semidefinite: r₁₂ = r₁₃ = 0.9 with r₂₃ = −0.9 is not.
 */
import { createRng } from '../probability/rng';
import { gaussianCloud, psdFactor } from './cloud';
import type { Matrix, Vector } from './matrix';
import { pca, type PcaModel } from './pca';

/** Σ from the standard deviations and the correlations in the order r₁₂, r₁₃, r₂₃ (missing ones are 0). */
export function covarianceFromCorrelations(sd: readonly number[], corr: readonly number[]): Matrix {
  const d = sd.length;
  const r = (i: number, j: number): number => {
    if (i === j) return 1;
    const [p, q] = i < j ? [i, j] : [j, i];
    return corr[p === 0 ? q - 1 : 2] ?? 0;
  };
  return Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => sd[i] * sd[j] * r(i, j)));
}

/** Why these correlations cannot belong to one cloud, or null when Σ is positive semidefinite. */
export function correlationProblem(sd: readonly number[], corr: readonly number[]): string | null {
  if (corr.some((r) => !(Math.abs(r) <= 1))) return 'each correlation must be between −1 and 1';
  try {
    psdFactor(covarianceFromCorrelations(sd, corr));
    return null;
  } catch {
    return 'these correlations cannot occur together (the covariance would have a negative variance direction)';
  }
}

/**
 * `n` points of N(0, Σ) drawn from the generator seeded `seed`, and their principal components. Throws a
 * RangeError (the message of {@link correlationProblem}) when Σ is not a covariance.
 */
export function correlatedCloud(
  seed: number,
  sd: readonly number[],
  corr: readonly number[],
  n: number,
): { points: Vector[]; model: PcaModel } {
  const problem = correlationProblem(sd, corr);
  if (problem) throw new RangeError(problem);
  const cov = covarianceFromCorrelations(sd, corr);
  const points = gaussianCloud(createRng(seed), new Array<number>(sd.length).fill(0), cov, n);
  return { points, model: pca(points) };
}
