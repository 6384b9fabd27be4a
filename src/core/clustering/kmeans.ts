/**
 * Lloyd's k-means one step at a time, so the page can animate it: assign every point to its nearest
 * centroid, move every centroid to the mean of its points. The inertia Σᵢ‖xᵢ − c_{label(i)}‖² never
 * increases from one step to the next (each half-step minimises it over labels, then over centroids).
 */
import { assertData } from './scatter';

export interface KmeansStep {
  /** labels[i] = index of the input centroid nearest to X[i] (ties to the lower index). */
  labels: number[];
  /** The mean of each cluster's points; an empty cluster keeps its input centroid. */
  centroids: number[][];
  /** Σᵢ‖xᵢ − centroids[labels[i]]‖², measured to the new centroids. */
  inertia: number;
  /** Points per cluster. */
  counts: number[];
}

/** Checks that the centroids are k ≥ 1 finite points of dimension d. */
export function assertCentroids(centroids: readonly (readonly number[])[], d: number, caller: string): void {
  if (!Array.isArray(centroids) || centroids.length === 0)
    throw new RangeError(`${caller}: needs at least one centroid.`);
  for (const c of centroids)
    if (!Array.isArray(c) || c.length !== d || c.some((v) => !Number.isFinite(v)))
      throw new RangeError(`${caller}: every centroid must have ${d} finite coordinates.`);
}

/** Index of the centroid nearest to x in squared Euclidean distance, the lowest index on ties. */
export function nearestCentroid(
  x: readonly number[],
  centroids: readonly (readonly number[])[],
): [number, number] {
  let best = 0;
  let bestD = Infinity;
  for (let k = 0; k < centroids.length; k++) {
    const c = centroids[k];
    let dist = 0;
    for (let j = 0; j < x.length; j++) {
      const t = x[j] - c[j];
      dist += t * t;
    }
    if (dist < bestD) {
      bestD = dist;
      best = k;
    }
  }
  return [best, bestD];
}

/** One assign + update step of k-means from the given centroids. Throws a RangeError on bad input. */
export function kmeansStep(X: number[][], centroids: number[][]): KmeansStep {
  if (!Array.isArray(X) || X.length === 0) throw new RangeError('kmeansStep: needs at least 1 data point.');
  const d = X[0]?.length ?? 0;
  if (d === 0) throw new RangeError('kmeansStep: points must have at least one coordinate.');
  assertCentroids(centroids, d, 'kmeansStep');
  const k = centroids.length;
  const labels = new Array<number>(X.length);
  const sums = Array.from({ length: k }, () => new Array<number>(d).fill(0));
  const counts = new Array<number>(k).fill(0);
  // Inlined nearest-centroid search: no per-point allocation, one pass over the data.
  for (let i = 0; i < X.length; i++) {
    const x = X[i];
    if (x?.length !== d) throw new RangeError(`kmeansStep: every point must have ${d} coordinates.`);
    let label = 0;
    let best = Infinity;
    for (let c = 0; c < k; c++) {
      const m = centroids[c];
      let dist = 0;
      for (let j = 0; j < d; j++) {
        const t = x[j] - m[j];
        dist += t * t;
      }
      if (dist < best) {
        best = dist;
        label = c;
      }
    }
    // The points are checked here rather than in a pass of their own: a NaN or infinite coordinate
    // (or a squared distance beyond float64) leaves no finite distance.
    if (best === Infinity) throw new RangeError('kmeansStep: every coordinate must be a finite number.');
    labels[i] = label;
    counts[label]++;
    const s = sums[label];
    for (let j = 0; j < d; j++) s[j] += x[j];
  }
  const next = sums.map((s, c) => (counts[c] === 0 ? centroids[c].slice() : s.map((v) => v / counts[c])));
  let inertia = 0;
  for (let i = 0; i < X.length; i++) {
    const c = next[labels[i]];
    const x = X[i];
    for (let j = 0; j < d; j++) {
      const t = x[j] - c[j];
      inertia += t * t;
    }
  }
  return { labels, centroids: next, inertia, counts };
}

/** Σᵢ minₖ ‖xᵢ − cₖ‖², the inertia of the assignment to the nearest of the given centroids. */
export function kmeansInertia(X: number[][], centroids: number[][]): number {
  const d = assertData(X, 1, 'kmeansInertia');
  assertCentroids(centroids, d, 'kmeansInertia');
  let s = 0;
  for (const x of X) s += nearestCentroid(x, centroids)[1];
  return s;
}

export interface KmeansRun {
  labels: number[];
  centroids: number[][];
  /** Inertia after each step (non-increasing). */
  inertias: number[];
  /** Steps taken; converged when the labels stopped changing before maxSteps. */
  steps: number;
  converged: boolean;
}

/** Repeats kmeansStep from `centroids` until the labels stop changing (or maxSteps, default 300): for the elbow plot and Run. */
export function kmeansRun(X: number[][], centroids: number[][], maxSteps = 300): KmeansRun {
  let current = centroids;
  let labels: number[] | undefined;
  const inertias: number[] = [];
  for (let step = 1; step <= maxSteps; step++) {
    const r = kmeansStep(X, current);
    inertias.push(r.inertia);
    const same = labels !== undefined && r.labels.every((l, i) => l === labels![i]);
    labels = r.labels;
    current = r.centroids;
    if (same) return { labels, centroids: current, inertias, steps: step, converged: true };
  }
  return { labels: labels ?? [], centroids: current, inertias, steps: maxSteps, converged: false };
}
