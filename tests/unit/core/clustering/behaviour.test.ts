// Properties and bad input of the clustering core: EM's log-likelihood never decreases, k-means'
// inertia never increases, seeded starts are reproducible, PCA agrees with the SVD of the centred
// data, and degenerate input gives messages or reported collapses, never NaN.
import { describe, expect, it } from 'vitest';
import {
  createRng,
  gmmBic,
  gmmEmStep,
  gmmInit,
  kmeansInertia,
  kmeansPlusPlus,
  kmeansRun,
  kmeansStep,
  pcaFit,
  randomCentroids,
  svd,
  type GmmParams,
  type Rng,
} from '../../../../src/core/index';

/** Three Gaussian blobs in 2-D, seeded. */
function blobs(rng: Rng, n: number): number[][] {
  const centres = [
    [0, 0],
    [4, 1],
    [1, 5],
  ];
  const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
  return Array.from({ length: n }, (_, i) => {
    const c = centres[i % 3];
    return [c[0] + normal() * (0.5 + (i % 3) * 0.3), c[1] + normal() * 0.7 + 0.3 * normal()];
  });
}

describe('gmmEmStep over repeated steps', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    for (const method of ['kmeans', 'random'] as const) {
      it(`seed ${seed}, ${method} start, K = ${2 + (seed % 3)}: the log-likelihood never decreases (by > 1e-9 relative) over 40 steps`, () => {
        const rng = createRng(seed);
        const X = blobs(rng, 150);
        let params: GmmParams = gmmInit(X, 2 + (seed % 3), rng, method);
        let prev = -Infinity;
        for (let t = 0; t < 40; t++) {
          const r = gmmEmStep(X, params);
          expect(Number.isFinite(r.logLikelihood)).toBe(true);
          expect(r.logLikelihood).toBeGreaterThanOrEqual(prev - 1e-9 * Math.abs(prev));
          r.responsibilities.forEach((row) =>
            expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12),
          );
          prev = r.logLikelihood;
          params = r.params;
        }
      });
    }
  }

  it('gmmEmStep with a component collapsed onto one point reports it and stays finite', () => {
    const X = [
      [0, 0],
      [0.1, 0.2],
      [-0.2, 0.1],
      [5, 5],
    ];
    const params: GmmParams = {
      weights: [0.75, 0.25],
      means: [
        [0, 0.1],
        [5, 5],
      ],
      covariances: [
        [
          [0.1, 0],
          [0, 0.1],
        ],
        [
          [0.01, 0],
          [0, 0.01],
        ],
      ],
    };
    const r = gmmEmStep(X, params);
    expect(r.collapsed).toEqual([1]);
    const next = gmmEmStep(X, r.params);
    expect(next.regularized).toEqual([1]);
    expect(Number.isFinite(next.logLikelihood)).toBe(true);
    expect(next.responsibilities.flat().every(Number.isFinite)).toBe(true);
  });

  it('gmmEmStep with zero weight keeps that component and gives it no responsibility', () => {
    const X = blobs(createRng(9), 30);
    const r = gmmEmStep(X, {
      weights: [1, 0],
      means: [
        [0, 0],
        [1, 1],
      ],
      covariances: [
        [
          [1, 0],
          [0, 1],
        ],
        [
          [1, 0],
          [0, 1],
        ],
      ],
    });
    expect(r.responsibilities.every((row) => row[1] === 0)).toBe(true);
    expect(r.params.weights[1]).toBe(0);
    expect(r.params.means[1]).toEqual([1, 1]);
  });

  it('gmmEmStep refuses mismatched K, negative weights, asymmetric covariances and bad points', () => {
    const X = [
      [0, 0],
      [1, 1],
    ];
    const eye = [
      [1, 0],
      [0, 1],
    ];
    expect(() => gmmEmStep(X, { weights: [1], means: [[0, 0]], covariances: [] })).toThrow(RangeError);
    expect(() => gmmEmStep(X, { weights: [-1], means: [[0, 0]], covariances: [eye] })).toThrow(RangeError);
    expect(() =>
      gmmEmStep(X, {
        weights: [1],
        means: [[0, 0]],
        covariances: [
          [
            [1, 0.5],
            [0, 1],
          ],
        ],
      }),
    ).toThrow(/symmetric/);
    expect(() => gmmEmStep([[0, NaN]], { weights: [1], means: [[0, 0]], covariances: [eye] })).toThrow(
      RangeError,
    );
  });

  it('gmmBic counts (K − 1) + Kd + Kd(d + 1)/2 parameters', () => {
    expect(gmmBic(-100, 50, 2, 3)).toBeCloseTo(200 + 17 * Math.log(50), 12);
  });
});

describe('k-means', () => {
  it('kmeansStep from k-means++ seeds: inertia never increases and kmeansRun converges', () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const X = blobs(rng, 200);
      let c = kmeansPlusPlus(X, 4, rng);
      let prev = kmeansInertia(X, c);
      for (let t = 0; t < 30; t++) {
        const r = kmeansStep(X, c);
        expect(r.inertia).toBeLessThanOrEqual(prev * (1 + 1e-12));
        prev = r.inertia;
        c = r.centroids;
      }
      const run = kmeansRun(X, kmeansPlusPlus(X, 4, createRng(seed)));
      expect(run.converged).toBe(true);
      for (let t = 1; t < run.inertias.length; t++)
        expect(run.inertias[t]).toBeLessThanOrEqual(run.inertias[t - 1] * (1 + 1e-12));
    }
  });

  it('kmeansPlusPlus and randomCentroids are reproducible from the seed and pick data points', () => {
    const X = blobs(createRng(4), 60);
    expect(kmeansPlusPlus(X, 3, createRng(8))).toEqual(kmeansPlusPlus(X, 3, createRng(8)));
    expect(kmeansPlusPlus(X, 3, createRng(8))).not.toEqual(kmeansPlusPlus(X, 3, createRng(9)));
    const r = randomCentroids(X, 5, createRng(2));
    expect(new Set(r.map((p) => X.findIndex((x) => x[0] === p[0] && x[1] === p[1]))).size).toBe(5);
  });

  it('kmeansPlusPlus on fewer distinct points than k still returns k centroids', () => {
    const X = [
      [1, 1],
      [1, 1],
      [2, 2],
    ];
    expect(kmeansPlusPlus(X, 3, createRng(1))).toHaveLength(3);
  });

  it('kmeansStep refuses no centroids, wrong dimension and k > n seeding', () => {
    expect(() => kmeansStep([[0, 0]], [])).toThrow(RangeError);
    expect(() => kmeansStep([[0, 0]], [[0]])).toThrow(RangeError);
    expect(() => kmeansStep([[NaN, 0]], [[0, 0]])).toThrow(/finite/);
    expect(() => kmeansStep([[0, 0], [1]], [[0, 0]])).toThrow(RangeError);
    expect(() => kmeansPlusPlus([[0, 0]], 2, createRng(1))).toThrow(RangeError);
  });
});

describe('pcaFit properties', () => {
  const rng = createRng(21);
  const X = Array.from({ length: 80 }, () => {
    const a = rng.next();
    const b = rng.next();
    return [a + 0.1 * b, 2 * a - b, 0, 3 * b + 0.05 * rng.next(), 7];
  });

  it('pcaFit components are orthonormal and agree with the SVD of the centred data (σ²/(n − 1))', () => {
    const f = pcaFit(X);
    f.components.forEach((u, i) =>
      f.components.forEach((v, j) =>
        expect(u.reduce((s, x, k) => s + x * v[k], 0)).toBeCloseTo(i === j ? 1 : 0, 12),
      ),
    );
    // Gram of the centred data, ZᵀZ = V·Σ²·Vᵀ: its singular values are (n − 1)·λ.
    const z = X.map((r) => r.map((v, j) => v - f.mean[j]));
    const gram = f.mean.map((_, a) => f.mean.map((__, b) => z.reduce((s, r) => s + r[a] * r[b], 0)));
    svd(gram).sigma.forEach((s, k) => expect(s / (X.length - 1)).toBeCloseTo(f.explainedVariance[k], 10));
  });

  it('pcaFit with standardize keeps constant columns at scale 1 and never makes NaN', () => {
    const f = pcaFit(X, { standardize: true });
    expect(f.scale[2]).toBe(1);
    expect(f.scale[4]).toBe(1);
    expect(
      [...f.components.flat(), ...f.explainedVariance, ...f.explainedVarianceRatio].every(Number.isFinite),
    ).toBe(true);
  });

  it('inverseTransform of all d scores reconstructs X; k = 0 gives the mean', () => {
    const f = pcaFit(X);
    f.inverseTransform(f.transform(X)).forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(X[i][j], 12)),
    );
    expect(f.inverseTransform(f.transform(X.slice(0, 1), 0))[0]).toEqual(f.mean);
  });

  it('pcaFit of identical points has zero variances and ratios 0', () => {
    const f = pcaFit([
      [1, 2],
      [1, 2],
    ]);
    expect(f.explainedVariance).toEqual([0, 0]);
    expect(f.explainedVarianceRatio).toEqual([0, 0]);
  });

  it('pcaFit refuses one point, ragged rows, NaN; transform refuses a bad k', () => {
    expect(() => pcaFit([[1, 2]])).toThrow(RangeError);
    expect(() => pcaFit([[1, 2], [3]])).toThrow(RangeError);
    expect(() =>
      pcaFit([
        [1, NaN],
        [2, 3],
      ]),
    ).toThrow(RangeError);
    expect(() => pcaFit(X).transform(X, 6)).toThrow(RangeError);
  });
});
