/**
 * Seeded starts for k-means and Gaussian mixtures. The random source is passed in (createRng(seed)),
 * so a start is reproducible from the seed in the URL.
 */
import type { Rng } from '../probability/rng';
import { nearestCentroid } from './kmeans';
import { assertData } from './scatter';

function assertK(k: number, n: number, caller: string): void {
  if (!Number.isInteger(k) || k < 1 || k > n)
    throw new RangeError(`${caller}: k must be an integer from 1 to the number of points (${n}).`);
}

/**
 * k-means++ (Arthur & Vassilvitskii 2007): the first centroid is a uniformly drawn point, each next
 * one a point drawn with probability ∝ D(x)², its squared distance to the nearest centroid so far.
 * When every remaining D(x)² is 0 (fewer distinct points than k) a uniform point is taken.
 */
export function kmeansPlusPlus(X: number[][], k: number, rng: Rng): number[][] {
  assertData(X, 1, 'kmeansPlusPlus');
  assertK(k, X.length, 'kmeansPlusPlus');
  const n = X.length;
  const centroids = [X[Math.floor(rng.next() * n)].slice()];
  const dist = X.map((x) => nearestCentroid(x, centroids)[1]);
  while (centroids.length < k) {
    const total = dist.reduce((s, v) => s + v, 0);
    let pick = -1;
    if (total > 0) {
      let u = rng.next() * total;
      const last = lastPositive(dist);
      for (let i = 0; i < n && pick < 0; i++) {
        if (dist[i] === 0) continue;
        u -= dist[i];
        // The last point with D² > 0 takes what rounding leaves of u.
        if (u < 0 || i === last) pick = i;
      }
    } else pick = Math.floor(rng.next() * n);
    const c = X[pick].slice();
    centroids.push(c);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < c.length; j++) s += (X[i][j] - c[j]) ** 2;
      if (s < dist[i]) dist[i] = s;
    }
  }
  return centroids;
}

function lastPositive(dist: readonly number[]): number {
  for (let i = dist.length - 1; i >= 0; i--) if (dist[i] > 0) return i;
  return -1;
}

/** k distinct data points (distinct indices) drawn uniformly: the "random" initialisation. */
export function randomCentroids(X: number[][], k: number, rng: Rng): number[][] {
  assertData(X, 1, 'randomCentroids');
  assertK(k, X.length, 'randomCentroids');
  const idx = X.map((_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng.next() * (X.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k).map((i) => X[i].slice());
}
