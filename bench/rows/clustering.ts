/**
 * PCA and clustering rows (issue 15). No npm package ships the UCI handwritten digits, so both sides
 * work on the same seeded stand-in of the digits' shape and value range: 1,797 rows of 64 integer
 * pixels 0–16, drawn around ten smooth 8×8 class prototypes, with the border pixels that are always
 * 0 in the real set kept at 0 (constant columns are what a PCA of the digits must cope with).
 * - pca-digits-vs-ml-pca (target 1): pcaFit (covariance + Jacobi eigen-solver) vs `new PCA(X)` of
 *   ml-pca with its defaults (SVD of the centred 1,797 × 64 data); both give every component and variance.
 * - pca-digits-vs-ml-pca-covariance (report): the same against ml-pca's `method: 'covarianceMatrix'`.
 * - kmeans-step-vs-ml-kmeans (report): one assign + update step on 5,000 2-D points with 8 given
 *   centroids, kmeansStep (which also measures the inertia) vs ml-kmeans with `maxIterations: 1`.
 */
import { PCA } from 'ml-pca';
import { kmeans } from 'ml-kmeans';
import type { BenchRow } from '../harness';
import { createRng, kmeansStep, pcaFit, type Rng } from '../../src/core/index';

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** 1,797 × 64 digit-like images: class prototype (smooth strokes) + pixel noise, rounded and clipped to 0–16. */
export function digitsLike(seed = 1797): number[][] {
  const rng = createRng(seed);
  const prototypes = Array.from({ length: 10 }, () => {
    const centres = Array.from({ length: 3 }, () => [1.5 + 4 * rng.next(), 1.5 + 4 * rng.next()]);
    return Array.from({ length: 64 }, (_, p) => {
      const [r, c] = [p >> 3, p & 7];
      return 16 * Math.max(...centres.map(([a, b]) => Math.exp(-((r - a) ** 2 + (c - b) ** 2) / 3)));
    });
  });
  return Array.from({ length: 1797 }, (_, i) => {
    const proto = prototypes[i % 10];
    const gain = 0.7 + 0.5 * rng.next();
    return proto.map((v, p) => {
      const border = (p & 7) === 0 && (p >> 3) % 4 === 0;
      return border ? 0 : Math.min(16, Math.max(0, Math.round(gain * v + 2 * normal(rng))));
    });
  });
}

function pcaRows(): BenchRow[] {
  let X: number[][] = [];
  const common = {
    unit: 'ms/fit',
    kind: 'time' as const,
    work: 1797 * 64,
    setup: () => {
      X = digitsLike();
    },
    ours: () => pcaFit(X).explainedVariance[0],
    runs: 9,
  };
  return [
    {
      ...common,
      name: 'pca-digits-vs-ml-pca',
      peerName: 'ml-pca (SVD), seeded digits-shape',
      target: 1,
      peer: () => new PCA(X).getExplainedVariance()[0],
    },
    {
      ...common,
      name: 'pca-digits-vs-ml-pca-covariance',
      peerName: 'ml-pca (covarianceMatrix)',
      target: null,
      peer: () => new PCA(X, { method: 'covarianceMatrix' }).getEigenvalues()[0],
    },
  ];
}

function kmeansRow(): BenchRow {
  let X: number[][] = [];
  let centroids: number[][] = [];
  return {
    name: 'kmeans-step-vs-ml-kmeans',
    unit: 'ms/step',
    kind: 'time',
    work: 5000,
    peerName: 'ml-kmeans, maxIterations 1',
    target: null,
    runs: 15,
    setup: () => {
      const rng = createRng(8);
      const centres = Array.from({ length: 8 }, () => [10 * rng.next(), 10 * rng.next()]);
      X = Array.from({ length: 5000 }, (_, i) => centres[i % 8].map((c) => c + normal(rng)));
      centroids = X.slice(0, 8).map((x) => x.slice());
    },
    ours: () => kmeansStep(X, centroids).centroids[0][0],
    peer: () => kmeans(X, 8, { initialization: centroids, maxIterations: 1 }).centroids[0][0],
  };
}

export function clusteringRows(): BenchRow[] {
  return [...pcaRows(), kmeansRow()];
}
