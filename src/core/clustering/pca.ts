/**
 * PCA from scratch, the way the page's stepper shows it: centre (and optionally standardize) the
 * data, form the sample covariance S = ZᵀZ/(n − 1), take its eigen-decomposition S = Σₖ λₖwₖwₖᵀ, sort
 * by λ descending, and project. Same numbers as scikit-learn's `PCA` (with `StandardScaler(ddof=1)`
 * semantics for `standardize`), with each component's sign fixed so that its entry of largest absolute
 * value is positive.
 */
import { assertData, centreData, covarianceOf } from './scatter';
import { symmetricEigen } from './symmetricEigen';

export interface PcaFit {
  /** Column means x̄. */
  mean: number[];
  /** The sample sd (n − 1) of each column when standardizing (1 for a constant column), else all 1. */
  scale: number[];
  /** d unit rows wₖ, orthonormal, in decreasing variance order; each one's largest-|entry| is positive. */
  components: number[][];
  /** λₖ, the eigenvalues of the covariance (divisor n − 1) of the (scaled) centred data, ≥ 0. */
  explainedVariance: number[];
  /** λₖ/Σλ (all 0 when every point coincides). */
  explainedVarianceRatio: number[];
  /** Scores ((x − x̄)/scale)·wₖ for k < `k` (default d). */
  transform(X: number[][], k?: number): number[][];
  /** Σₖ scoreₖ·wₖ × scale + x̄ for the first (k ≤ d) components given, in the original units. */
  inverseTransform(scores: number[][]): number[][];
}

/**
 * Fits PCA to X (n ≥ 2 rows of d ≥ 1 finite numbers). Throws a RangeError for fewer than two
 * points, ragged rows or non-finite values.
 */
export function pcaFit(X: number[][], opts: { standardize?: boolean } = {}): PcaFit {
  const d = assertData(X, 2, 'pcaFit');
  const data = centreData(X, opts.standardize ?? false);
  const { values, vectors } = symmetricEigen(covarianceOf(data), d);
  // Rounding can leave a zero eigenvalue at −1e-17; a variance is never negative.
  const explainedVariance = values.map((v) => Math.max(0, v));
  const components = vectors.map(fixSign);
  const total = explainedVariance.reduce((s, v) => s + v, 0);
  const { mean, scale } = data;
  return {
    mean,
    scale,
    components,
    explainedVariance,
    explainedVarianceRatio: explainedVariance.map((v) => (total > 0 ? v / total : 0)),
    transform(points, k = d) {
      if (!Number.isInteger(k) || k < 0 || k > d)
        throw new RangeError(`transform: k must be an integer in [0, ${d}].`);
      if (points.length > 0) assertData(points, 1, 'transform');
      if (points.length > 0 && points[0].length !== d)
        throw new RangeError(`transform: points must have ${d} coordinates.`);
      const z = new Float64Array(d);
      return points.map((p) => {
        for (let j = 0; j < d; j++) z[j] = (p[j] - mean[j]) / scale[j];
        return components.slice(0, k).map((w) => {
          let s = 0;
          for (let j = 0; j < d; j++) s += w[j] * z[j];
          return s;
        });
      });
    },
    inverseTransform(scores) {
      return scores.map((row) => {
        if (row.length > d || row.some((v) => !Number.isFinite(v)))
          throw new RangeError(`inverseTransform: each row must hold at most ${d} finite scores.`);
        const x = new Array<number>(d).fill(0);
        row.forEach((t, k) => {
          const w = components[k];
          for (let j = 0; j < d; j++) x[j] += t * w[j];
        });
        return x.map((v, j) => v * scale[j] + mean[j]);
      });
    },
  };
}

/** w or −w, whichever has its entry of largest absolute value (the first such, on ties) positive. */
function fixSign(w: number[]): number[] {
  let k = 0;
  for (let j = 1; j < w.length; j++) if (Math.abs(w[j]) > Math.abs(w[k])) k = j;
  return w[k] < 0 ? w.map((v) => -v) : w.slice();
}
