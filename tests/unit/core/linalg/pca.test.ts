import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  centroid,
  covarianceMatrix,
  pca,
  projectOntoComponents,
  type Vector,
} from '../../../../src/core/linalg/index';

const dot = (u: Vector, v: Vector): number => u.reduce((s, x, i) => s + x * v[i], 0);

describe('covarianceMatrix(points)', () => {
  it('covarianceMatrix([[0,0],[2,0],[0,2],[2,2]]) = [[4/3, 0], [0, 4/3]] (np.cov, n − 1)', () => {
    const s = covarianceMatrix([
      [0, 0],
      [2, 0],
      [0, 2],
      [2, 2],
    ]);
    expect(s[0][0]).toBeCloseTo(4 / 3, 15);
    expect(s[1][1]).toBeCloseTo(4 / 3, 15);
    expect(s[0][1]).toBe(0);
  });

  it('covarianceMatrix of points on y = 2x far from the origin (1e8) keeps [[1, 2], [2, 4]]·var (two-pass)', () => {
    const pts = [-1, 0, 1].map((t) => [1e8 + t, 1e8 + 2 * t]);
    const s = covarianceMatrix(pts);
    expect(s).toEqual([
      [1, 2],
      [2, 4],
    ]);
    expect(centroid(pts)).toEqual([1e8, 1e8]);
  });

  it('covarianceMatrix refuses one point, ragged or non-finite points', () => {
    expect(() => covarianceMatrix([[1, 2]])).toThrow(RangeError);
    expect(() => covarianceMatrix([[1, 2], [3]])).toThrow(RangeError);
    expect(() =>
      covarianceMatrix([
        [1, 2],
        [3, NaN],
      ]),
    ).toThrow(RangeError);
  });
});

describe('pca(points)', () => {
  it('pca(points on the line y = x) has axis ±(1, 1)/√2 with ratio 1, then 0', () => {
    const m = pca([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(m.axes[0][0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(m.axes[0][1]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(m.explainedRatio[0]).toBeCloseTo(1, 15);
    expect(m.explainedRatio[1]).toBeLessThanOrEqual(1e-15);
    expect(m.variances[0]).toBeCloseTo(10 / 3, 14);
    expect(m.mean).toEqual([1.5, 1.5]);
  });

  it('pca(identical points) has zero variances and zero ratios, not NaN', () => {
    const m = pca([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(m.variances).toEqual([0, 0, 0]);
    expect(m.explainedRatio).toEqual([0, 0, 0]);
  });

  const point = (d: number) =>
    fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: d, maxLength: d });
  const cloud = fc
    .integer({ min: 2, max: 3 })
    .chain((d) => fc.array(point(d), { minLength: 3, maxLength: 40 }));

  it('pca(random 2D/3D points): axes orthonormal (1e-14), ratios sum to 1 (1e-14), λᵢ = wᵢᵀSwᵢ (1e-12)', () => {
    fc.assert(
      fc.property(cloud, (pts) => {
        const m = pca(pts);
        const s = covarianceMatrix(pts);
        const total = m.variances.reduce((a, b) => a + b, 0);
        fc.pre(total > 1e-9);
        m.axes.forEach((w, i) =>
          m.axes.forEach((u, j) =>
            expect(Math.abs(dot(w, u) - (i === j ? 1 : 0))).toBeLessThanOrEqual(1e-14),
          ),
        );
        expect(Math.abs(m.explainedRatio.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(1e-14);
        m.axes.forEach((w, i) => {
          const sw = s.map((row) => dot(row, w));
          expect(Math.abs(dot(w, sw) - m.variances[i])).toBeLessThanOrEqual(1e-12 * total);
          if (i > 0) expect(m.variances[i]).toBeLessThanOrEqual(m.variances[i - 1]);
        });
      }),
      { seed: 8001, numRuns: 300 },
    );
  });

  it('projectOntoComponents(points, model, d) reconstructs the points; k = 1 keeps the first score only', () => {
    fc.assert(
      fc.property(cloud, (pts) => {
        const m = pca(pts);
        const d = pts[0].length;
        const full = projectOntoComponents(pts, m, d);
        full.reconstructed.forEach((p, i) =>
          p.forEach((x, j) => expect(Math.abs(x - pts[i][j])).toBeLessThanOrEqual(1e-12)),
        );
        const one = projectOntoComponents(pts, m, 1);
        one.scores.forEach((sc, i) => {
          expect(sc).toHaveLength(1);
          expect(sc[0]).toBeCloseTo(full.scores[i][0], 12);
          // The residual of a projection is orthogonal to the kept axis.
          const r = pts[i].map((x, j) => x - one.reconstructed[i][j]);
          expect(Math.abs(dot(r, m.axes[0]))).toBeLessThanOrEqual(1e-11);
        });
      }),
      { seed: 8002, numRuns: 200 },
    );
  });

  it('projectOntoComponents with k outside [0, d] throws a RangeError', () => {
    const m = pca([
      [0, 0],
      [1, 2],
    ]);
    expect(() => projectOntoComponents([[1, 1]], m, 3)).toThrow(RangeError);
    expect(projectOntoComponents([[1, 1]], m, 0)).toEqual({ scores: [[]], reconstructed: [[0.5, 1]] });
  });
});
