import { describe, expect, it } from 'vitest';
import { fitLinear, leastSquaresStepLimit } from '../../../../../src/core';
import { generatePoints } from '../../../../../src/stores/ml/regression/data';
import { lineHessianEigen, optimizerPaths } from '../../../../../src/stores/ml/regression/descent';

const pts = generatePoints({ data: 'line', n: 30, noise: 0.5, seed: 2 });
const x = pts.map((p) => p.x1);
const y = pts.map((p) => p.x2);
const ols = fitLinear(
  x.map((v) => [v]),
  y,
);

describe('momentum and Adam on the line', () => {
  it('momentum (μ 0.9) and Adam reach the closed-form point; a too large step diverges', () => {
    const { momentum, adam } = optimizerPaths(x, y, 0.02, 3000);
    const end = momentum.points[momentum.points.length - 1];
    expect(momentum.diverged).toBe(false);
    expect(Math.abs(end[0] - ols.coef[0])).toBeLessThan(1e-8);
    expect(Math.abs(end[1] - ols.intercept)).toBeLessThan(1e-8);
    const a = adam.points[adam.points.length - 1];
    expect(Math.hypot(a[0] - ols.coef[0], a[1] - ols.intercept)).toBeLessThan(0.02);
    // The first momentum step is plain gradient descent: b ← g, p ← p − ηg.
    const g0 = [
      (-2 * x.reduce((s, v, i) => s + v * y[i], 0)) / x.length,
      (-2 * y.reduce((s, v) => s + v, 0)) / x.length,
    ];
    expect(momentum.points[1][0]).toBeCloseTo(-0.02 * g0[0], 12);
    expect(momentum.points[1][1]).toBeCloseTo(-0.02 * g0[1], 12);
    // Adam's first step is η·sign(g) per coordinate (bias-corrected m/√v = g/|g|).
    expect(adam.points[1][0]).toBeCloseTo(-0.02 * Math.sign(g0[0]), 6);
    const [top] = lineHessianEigen(x);
    expect(optimizerPaths(x, y, (2 * 1.9 * 1.05) / top, 400).momentum.diverged).toBe(true);
  });

  it('the Hessian eigenvalues give the same limit 2/λmax as the core', () => {
    const [top, low] = lineHessianEigen(x);
    expect(2 / top).toBeCloseTo(leastSquaresStepLimit(x.map((v) => [v])), 10);
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThanOrEqual(top);
  });
});
