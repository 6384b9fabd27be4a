/**
 * Sample mean and covariance of a point set given as rows (points[i] is one point in ℝᵈ).
 * Two passes (centre first, then accumulate) so that a cloud far from the origin does not lose its
 * spread to cancellation, as the one-pass E[xxᵀ] − E[x]E[x]ᵀ would.
 */
import type { Matrix, Vector } from './matrix';

/** Checks that there are at least `min` points, all of one dimension d ≥ 1 and finite; returns d. */
export function assertPoints(points: readonly Vector[], min: number, caller: string): number {
  if (points.length < min) throw new RangeError(`${caller}: needs at least ${min} points.`);
  const d = points[0].length;
  if (d === 0) throw new RangeError(`${caller}: points must have at least one coordinate.`);
  for (const p of points) {
    if (p.length !== d) throw new RangeError(`${caller}: all points must have ${d} coordinates.`);
    if (p.some((x) => !Number.isFinite(x)))
      throw new RangeError(`${caller}: every coordinate must be finite.`);
  }
  return d;
}

/** The centroid x̄ = (1/n) Σᵢ xᵢ. */
export function centroid(points: readonly Vector[]): Vector {
  const d = assertPoints(points, 1, 'centroid');
  const m = new Array<number>(d).fill(0);
  for (const p of points) for (let j = 0; j < d; j++) m[j] += p[j];
  return m.map((x) => x / points.length);
}

/**
 * The unbiased sample covariance S = (1/(n − 1)) Σᵢ (xᵢ − x̄)(xᵢ − x̄)ᵀ (NumPy's `np.cov(X.T)`), d×d and
 * exactly symmetric. Needs n ≥ 2 points.
 */
export function covarianceMatrix(points: readonly Vector[]): Matrix {
  const d = assertPoints(points, 2, 'covarianceMatrix');
  const m = centroid(points);
  const s = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const p of points) {
    const c = p.map((x, j) => x - m[j]);
    for (let i = 0; i < d; i++) for (let j = i; j < d; j++) s[i][j] += c[i] * c[j];
  }
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      s[i][j] /= points.length - 1;
      s[j][i] = s[i][j];
    }
  }
  return s;
}
