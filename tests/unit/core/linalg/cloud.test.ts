import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../../../src/core/probability/rng';
import {
  covarianceMatrix,
  gaussianCloud,
  matMul,
  pca,
  psdFactor,
  standardNormals,
  transposeMatrix,
  type Matrix,
  type Vector,
} from '../../../../src/core/linalg/index';

/**
 * |S − Σ| entrywise within z standard errors: Var(Sᵢⱼ) ≈ (ΣᵢᵢΣⱼⱼ + Σᵢⱼ²)/n for Gaussian data;
 * the sample mean within z·√(Σᵢᵢ/n).
 */
function expectMoments(points: Vector[], mean: Vector, cov: Matrix, z: number): void {
  const n = points.length;
  const s = covarianceMatrix(points);
  const m = mean.map((_, j) => points.reduce((acc, p) => acc + p[j], 0) / n);
  cov.forEach((row, i) => {
    expect(Math.abs(m[i] - mean[i])).toBeLessThanOrEqual(z * Math.sqrt(cov[i][i] / n) + 1e-12);
    row.forEach((c, j) => {
      const se = Math.sqrt((cov[i][i] * cov[j][j] + c * c) / n);
      expect(Math.abs(s[i][j] - c), `S[${i}][${j}] = ${s[i][j]} vs ${c}`).toBeLessThanOrEqual(z * se + 1e-12);
    });
  });
}

describe('gaussianCloud(rng, mean, cov, count)', () => {
  it('gaussianCloud(createRng(1), [1, −2], [[2, 0.8], [0.8, 1]], 20000) has its moments within 4 SE', () => {
    const cov = [
      [2, 0.8],
      [0.8, 1],
    ];
    expectMoments(gaussianCloud(createRng(1), [1, -2], cov, 20000), [1, -2], cov, 4);
  });

  it('gaussianCloud over random 3×3 covariances BBᵀ (seeded) matches each within 4.5 SE', () => {
    const b = fc.array(
      fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }),
      { minLength: 3, maxLength: 3 },
    );
    fc.assert(
      fc.property(b, fc.integer({ min: 1, max: 1e6 }), (bm, seed) => {
        const cov = matMul(bm, transposeMatrix(bm));
        expectMoments(gaussianCloud(createRng(seed), [0, 5, -5], cov, 4000), [0, 5, -5], cov, 4.5);
      }),
      { seed: 9001, numRuns: 20 },
    );
  });

  it('gaussianCloud with the same seed gives the same cloud; another seed a different one', () => {
    const cov = [
      [1, 0],
      [0, 1],
    ];
    const a = gaussianCloud(createRng(42), [0, 0], cov, 50);
    expect(gaussianCloud(createRng(42), [0, 0], cov, 50)).toEqual(a);
    expect(gaussianCloud(createRng(43), [0, 0], cov, 50)).not.toEqual(a);
  });

  it('gaussianCloud with a singular Σ (a plane in 3D) puts every point on that plane', () => {
    // Σ = uuᵀ + vvᵀ for u, v spanning the plane x + y + z = 0.
    const u = [1, -1, 0].map((x) => x / Math.SQRT2);
    const v = [1, 1, -2].map((x) => x / Math.sqrt(6));
    const cov = u.map((ui, i) => u.map((uj, j) => ui * uj + v[i] * v[j]));
    const pts = gaussianCloud(createRng(7), [0, 0, 0], cov, 500);
    for (const p of pts) expect(Math.abs(p[0] + p[1] + p[2])).toBeLessThanOrEqual(1e-14);
    expect(pca(pts).explainedRatio[2]).toBeLessThanOrEqual(1e-15);
  });

  it('gaussianCloud refuses a non-symmetric or indefinite Σ and a mean of the wrong size', () => {
    const rng = createRng(1);
    expect(() =>
      gaussianCloud(
        rng,
        [0, 0],
        [
          [1, 0.5],
          [0, 1],
        ],
        10,
      ),
    ).toThrow(/symmetric/);
    expect(() =>
      gaussianCloud(
        rng,
        [0, 0],
        [
          [1, 2],
          [2, 1],
        ],
        10,
      ),
    ).toThrow(/semidefinite/);
    expect(() =>
      gaussianCloud(
        rng,
        [0],
        [
          [1, 0],
          [0, 1],
        ],
        10,
      ),
    ).toThrow(RangeError);
    expect(() =>
      gaussianCloud(
        rng,
        [0, 0],
        [
          [1, 0],
          [0, 1],
        ],
        -1,
      ),
    ).toThrow(RangeError);
  });
});

describe('psdFactor(cov) and standardNormals(rng, count)', () => {
  it('psdFactor(Σ)·psdFactor(Σ)ᵀ = Σ (1e-15‖Σ‖)', () => {
    const cov = [
      [4, 2, 0.6],
      [2, 2, 0.5],
      [0.6, 0.5, 1],
    ];
    const l = psdFactor(cov);
    const llt = matMul(l, transposeMatrix(l));
    llt.forEach((row, i) =>
      row.forEach((x, j) => expect(Math.abs(x - cov[i][j])).toBeLessThanOrEqual(1e-14)),
    );
  });

  it('standardNormals(createRng(3), 100001) has mean 0 and variance 1 within 4 SE, and an odd count', () => {
    const z = standardNormals(createRng(3), 100001);
    expect(z).toHaveLength(100001);
    const mean = z.reduce((a, b) => a + b, 0) / z.length;
    const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / (z.length - 1);
    expect(Math.abs(mean)).toBeLessThanOrEqual(4 / Math.sqrt(z.length));
    expect(Math.abs(variance - 1)).toBeLessThanOrEqual(4 * Math.sqrt(2 / z.length));
  });
});
