/**
 * Principal component analysis: the eigen-decomposition S = Σᵢ λᵢwᵢwᵢᵀ of the sample covariance.
 * S is symmetric positive semidefinite, so its SVD is that eigen-decomposition (σᵢ = λᵢ, uᵢ = vᵢ = wᵢ)
 * and the Jacobi SVD gives axes that are orthonormal to working precision even for repeated variances.
 */
import { column, dot, type Vector } from './matrix';
import { svd } from './svd';
import { normaliseComplex } from './complex';
import { assertPoints, centroid, covarianceMatrix } from './covariance';

export interface PcaModel {
  /** The centroid x̄ the axes pass through. */
  mean: Vector;
  /** axes[i] = wᵢ, unit principal directions, orthonormal, ordered by variance, descending. */
  axes: Vector[];
  /** variances[i] = λᵢ = wᵢᵀSwᵢ, the sample variance along wᵢ, descending, ≥ 0. */
  variances: number[];
  /** λᵢ / Σⱼ λⱼ, summing to 1 (all 0 when every point coincides). */
  explainedRatio: number[];
}

/** PCA of n ≥ 2 points in ℝᵈ. Each axis has its first large component positive so that it does not flip. */
export function pca(points: readonly Vector[]): PcaModel {
  const d = assertPoints(points, 2, 'pca');
  const s = svd(covarianceMatrix(points));
  const zeros = new Array<number>(d).fill(0);
  const axes = s.sigma.map((_, j) => normaliseComplex({ re: column(s.v, j), im: zeros }).re);
  const total = s.sigma.reduce((a, b) => a + b, 0);
  return {
    mean: centroid(points),
    axes,
    variances: s.sigma,
    explainedRatio: s.sigma.map((x) => (total === 0 ? 0 : x / total)),
  };
}

export interface PcaProjection {
  /** scores[i][j] = wⱼ·(xᵢ − x̄), the coordinates of point i along the first k axes. */
  scores: Vector[];
  /** x̄ + Σⱼ<k scores[i][j]·wⱼ, point i projected onto the k-dimensional principal subspace (in ℝᵈ). */
  reconstructed: Vector[];
}

/** Projects points onto the first k principal components (0 ≤ k ≤ d) of a fitted model. */
export function projectOntoComponents(points: readonly Vector[], model: PcaModel, k: number): PcaProjection {
  const d = model.mean.length;
  if (!Number.isInteger(k) || k < 0 || k > d)
    throw new RangeError(`projectOntoComponents: k must be an integer in [0, ${d}].`);
  if (points.length > 0) assertPoints(points, 1, 'projectOntoComponents');
  const axes = model.axes.slice(0, k);
  const scores = points.map((p) => {
    const c = p.map((x, j) => x - model.mean[j]);
    return axes.map((w) => dot(w, c));
  });
  const reconstructed = scores.map((sc) =>
    model.mean.map((m, i) => sc.reduce((acc, t, j) => acc + t * axes[j][i], m)),
  );
  return { scores, reconstructed };
}
