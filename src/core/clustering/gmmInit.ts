/**
 * Starting parameters for EM, reproducible from a seed: from a k-means++ + k-means run (each
 * cluster's share, mean and covariance), or at random (K distinct data points as means, the whole
 * data's covariance for every component, equal weights).
 */
import type { Rng } from '../probability/rng';
import { choleskyOrNull } from './gaussian';
import type { GmmParams } from './gmm';
import { kmeansRun } from './kmeans';
import { assertData } from './scatter';
import { kmeansPlusPlus, randomCentroids } from './seeding';

/**
 * Relative floor added to an initial covariance that is singular (a cluster of one point, or points on
 * a line), in units of the data's mean variance, so that EM can start.
 */
export const INIT_COVARIANCE_FLOOR = 1e-6;

/** Covariance (divisor Σw) of the points with weight 1 in `members` (all points when undefined). */
function covarianceOfPoints(
  X: number[][],
  members?: boolean[],
): { mean: number[]; cov: number[][]; count: number } {
  const d = X[0].length;
  const mean = new Array<number>(d).fill(0);
  let count = 0;
  X.forEach((x, i) => {
    if (members && !members[i]) return;
    count++;
    for (let j = 0; j < d; j++) mean[j] += x[j];
  });
  for (let j = 0; j < d; j++) mean[j] /= Math.max(count, 1);
  const cov = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  X.forEach((x, i) => {
    if (members && !members[i]) return;
    for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[a][b] += (x[a] - mean[a]) * (x[b] - mean[b]);
  });
  for (let a = 0; a < d; a++) for (let b = a; b < d; b++) cov[b][a] = cov[a][b] /= Math.max(count, 1);
  return { mean, cov, count };
}

/** cov itself when positive definite, else cov + εI with ε = INIT_COVARIANCE_FLOOR·unit, growing ×10 until it is. */
function floored(cov: number[][], unit: number): number[][] {
  let out = cov;
  for (let eps = INIT_COVARIANCE_FLOOR * unit; choleskyOrNull(out) === null; eps *= 10)
    out = cov.map((row, i) => row.map((v, j) => (i === j ? v + eps : v)));
  return out;
}

/** Initial mixture parameters for K components (1 ≤ K ≤ n). Throws a RangeError on bad input. */
export function gmmInit(
  X: number[][],
  K: number,
  rng: Rng,
  method: 'kmeans' | 'random' = 'kmeans',
): GmmParams {
  const d = assertData(X, 1, 'gmmInit');
  if (!Number.isInteger(K) || K < 1 || K > X.length)
    throw new RangeError(`gmmInit: K must be an integer from 1 to the number of points (${X.length}).`);
  const all = covarianceOfPoints(X);
  const trace = all.cov.reduce((s, row, i) => s + row[i], 0);
  const unit = trace > 0 ? trace / d : 1;
  if (method === 'random') {
    return {
      weights: new Array<number>(K).fill(1 / K),
      means: randomCentroids(X, K, rng),
      covariances: Array.from({ length: K }, () => floored(all.cov, unit).map((row) => row.slice())),
    };
  }
  const run = kmeansRun(X, kmeansPlusPlus(X, K, rng), 100);
  const weights: number[] = [];
  const covariances: number[][][] = [];
  for (let c = 0; c < K; c++) {
    const part = covarianceOfPoints(
      X,
      run.labels.map((l) => l === c),
    );
    // An empty cluster still gets a chance: the data's covariance and the weight of one point.
    weights.push(Math.max(part.count, 1));
    covariances.push(floored(part.count > 1 ? part.cov : all.cov, unit));
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return { weights: weights.map((w) => w / total), means: run.centroids.map((m) => m.slice()), covariances };
}
