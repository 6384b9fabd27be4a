// Every pcaClustering case of tests/fixtures/ml.json (NumPy references) with the tolerances of
// tests/fixtures/README.md.
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/ml.json';
import { gmmEmStep, kmeansStep, pcaFit, type GmmParams } from '../../../../src/core/index';

interface PcaCase {
  label: string;
  X: number[][];
  opts: { standardize?: boolean } | null;
  mean: number[];
  scale: number[];
  components: number[][];
  explainedVariance: number[];
  explainedVarianceRatio: number[];
  scoresFirst8: number[][];
  newPoints: number[][];
  newScoresK2: number[][];
  reconstructK2First5: number[][];
}
interface KmeansCase {
  label: string;
  X: number[][];
  centroids: number[][];
  labels: number[];
  newCentroids: number[][];
  inertia: number;
}
interface GmmCase {
  label: string;
  X: number[][];
  params: GmmParams;
  logLikelihood: number;
  responsibilities: number[][];
  next: GmmParams;
}
const pc = (fixture as unknown as { pcaClustering: { pca: PcaCase[]; kmeans: KmeansCase[]; gmm: GmmCase[] } })
  .pcaClustering;

function close(actual: number, expected: number, tol: number, floor = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(Math.abs(expected), floor));
}
const maxAbs = (v: number[]) => v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

describe('pcaFit(X, opts) against NumPy', () => {
  for (const c of pc.pca) {
    it(`pcaFit ${c.label}`, () => {
      const f = pcaFit(c.X, c.opts ?? undefined);
      f.mean.forEach((v, j) => close(v, c.mean[j], 1e-12));
      f.scale.forEach((v, j) => close(v, c.scale[j], 1e-12));
      f.components.forEach((w, k) =>
        w.forEach((v, j) => expect(Math.abs(v - c.components[k][j])).toBeLessThanOrEqual(1e-9)),
      );
      f.explainedVariance.forEach((v, k) => close(v, c.explainedVariance[k], 1e-9));
      f.explainedVarianceRatio.forEach((v, k) => close(v, c.explainedVarianceRatio[k], 1e-9));
      const scoreScale = maxAbs(c.scoresFirst8.flat());
      f.transform(c.X)
        .slice(0, 8)
        .forEach((row, i) => row.forEach((v, k) => close(v, c.scoresFirst8[i][k], 1e-9, scoreScale)));
      f.transform(c.newPoints, 2).forEach((row, i) =>
        row.forEach((v, k) => close(v, c.newScoresK2[i][k], 1e-9, scoreScale)),
      );
      const xScale = maxAbs(c.X.flat());
      f.inverseTransform(f.transform(c.X.slice(0, 5), 2)).forEach((row, i) =>
        row.forEach((v, j) => close(v, c.reconstructK2First5[i][j], 1e-9, xScale)),
      );
    });
  }
});

describe('kmeansStep(X, centroids) against NumPy', () => {
  for (const c of pc.kmeans) {
    it(`kmeansStep ${c.label}: labels exact, centroids and inertia 1e-12`, () => {
      const r = kmeansStep(c.X, c.centroids);
      expect(r.labels).toEqual(c.labels);
      r.centroids.forEach((m, k) => m.forEach((v, j) => close(v, c.newCentroids[k][j], 1e-12, 1e-300)));
      close(r.inertia, c.inertia, 1e-12);
    });
  }
});

describe('gmmEmStep(X, params) against NumPy', () => {
  for (const c of pc.gmm) {
    it(`gmmEmStep ${c.label}: log-likelihood, responsibilities and the M-step to 1e-9`, () => {
      const r = gmmEmStep(c.X, c.params);
      close(r.logLikelihood, c.logLikelihood, 1e-9);
      r.responsibilities.forEach((row, i) =>
        row.forEach((v, k) => {
          const e = c.responsibilities[i][k];
          expect(Math.abs(v - e)).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(e), 1e-12));
        }),
      );
      r.params.weights.forEach((v, k) => close(v, c.next.weights[k], 1e-9));
      r.params.means.forEach((m, k) => m.forEach((v, j) => close(v, c.next.means[k][j], 1e-9)));
      r.params.covariances.forEach((s, k) =>
        s.forEach((row, a) => row.forEach((v, b) => close(v, c.next.covariances[k][a][b], 1e-9))),
      );
      expect(r.regularized).toEqual([]);
      expect(r.collapsed).toEqual([]);
    });
  }
});
