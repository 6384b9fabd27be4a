import { describe, expect, it } from 'vitest';
import {
  correlatedCloud,
  correlationProblem,
  covarianceFromCorrelations,
  covarianceMatrix,
  matrixReport,
} from '../../../../src/core';

describe('covarianceFromCorrelations(sd, corr) (moved from the linear-algebra store)', () => {
  it('is Σ = D R D with r12, r13, r23 in that order', () => {
    expect(covarianceFromCorrelations([2, 1, 0.5], [0.6, 0.3, 0.2])).toEqual([
      [4, 1.2, 0.3],
      [1.2, 1, 0.1],
      [0.3, 0.1, 0.25],
    ]);
  });

  it('correlationProblem accepts |r| ≤ 1 in 2D and refuses impossible triples in 3D', () => {
    expect(correlationProblem([1, 1], [1])).toBeNull();
    expect(correlationProblem([1, 1], [-1])).toBeNull();
    expect(correlationProblem([1, 1, 1], [0.9, 0.9, 0.9])).toBeNull();
    expect(correlationProblem([1, 1, 1], [0.9, 0.9, -0.9])).toMatch(/cannot occur together/);
    expect(correlationProblem([1, 1], [1.01])).toMatch(/between −1 and 1/);
  });
});

describe('correlatedCloud', () => {
  it('draws the same points from the same seed, whose sample covariance is near Σ (n = 4000)', () => {
    const a = correlatedCloud(7, [2, 0.7], [0.6], 4000);
    const b = correlatedCloud(7, [2, 0.7], [0.6], 4000);
    expect(a.points).toEqual(b.points);
    const s = covarianceMatrix(a.points);
    const sigma = covarianceFromCorrelations([2, 0.7], [0.6]);
    // Sample variance of n normals has sd σ²√(2/n): 4 · 0.022 ≈ 0.09 for σ₁² = 4; 5 such sds.
    expect(Math.abs(s[0][0] - sigma[0][0])).toBeLessThan(0.45);
    expect(Math.abs(s[1][1] - sigma[1][1])).toBeLessThan(0.03);
    expect(Math.abs(s[0][1] - sigma[0][1])).toBeLessThan(0.06);
    // PCA's first axis leans the way of the positive correlation.
    const [u1] = a.model.axes;
    expect(Math.sign(u1[0] * u1[1])).toBe(1);
  });
  it('throws the problem for correlations that cannot occur together', () => {
    expect(() => correlatedCloud(1, [1, 1, 1], [0.9, 0.9, -0.9], 10)).toThrow(/cannot occur together/);
  });
});

describe('matrixReport', () => {
  it('a singular matrix: rank 1, a null-space direction, and p(λ) with constant term exactly 0', () => {
    const a = [
      [1, 2],
      [2, 4],
    ];
    const r = matrixReport(a);
    expect(r.a).toBe(a);
    expect(r.analysis.rank).toBe(1);
    expect(r.charPoly).toEqual([1, -5, 0]);
    expect(r.nullBasis).toHaveLength(1);
    const [n] = r.nullBasis;
    expect(Math.abs(n[0] + 2 * n[1])).toBeLessThan(1e-12);
    expect(r.colBasis).toHaveLength(1);
  });
  it('a shear is defective by the core, not "nearly defective"; a rotation by 0.5 has eigenvalues cos 0.5 ± i sin 0.5', () => {
    expect(
      matrixReport([
        [1, 1],
        [0, 1],
      ]).nearDefective,
    ).toBe(false);
    const c = Math.cos(0.5);
    const s = Math.sin(0.5);
    const rot = matrixReport([
      [c, -s],
      [s, c],
    ]);
    // e^{±0.5i}: cos 0.5 ± i sin 0.5.
    expect(rot.analysis.eigenvalues.map(([, im]) => Math.abs(im))).toEqual([s, s]);
  });
});
