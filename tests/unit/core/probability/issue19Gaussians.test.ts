import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import {
  conditionalGaussian,
  createRng,
  gaussian2Density,
  gaussian2Ellipse,
  gaussian2Marginals,
  gaussianMutualInformation,
  normalProduct,
  normalSum,
  sampleGaussian2,
  type Cov2,
  type Mean2,
} from '../../../../src/core/index';

type Case = { mean: Mean2; cov: Cov2; y0: number; conditionalMean: number; conditionalVariance: number };
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('conditionalGaussian(mean, cov, y0) against the NumPy fixtures (1e-12 relative)', () => {
  for (const k of fixtures.probability.conditionalGaussian as Case[])
    it(`conditionalGaussian(${JSON.stringify(k.mean)}, ${JSON.stringify(k.cov)}, ${k.y0})`, () => {
      const r = conditionalGaussian(k.mean, k.cov, k.y0);
      if (k.conditionalMean === 0) expect(r.mean).toBe(0);
      else expect(rel(r.mean, k.conditionalMean)).toBeLessThanOrEqual(1e-12);
      expect(rel(r.variance, k.conditionalVariance)).toBeLessThanOrEqual(1e-12);
    });

  it.each([
    [
      [0, 0],
      [
        [1, 0.5],
        [0.5, 0],
      ],
      1,
    ],
    [
      [0, 0],
      [
        [1, 2],
        [2, 1],
      ],
      1,
    ],
    [
      [0, 0],
      [
        [1, 0.5],
        [0.4, 1],
      ],
      1,
    ],
    [
      [0, NaN],
      [
        [1, 0],
        [0, 1],
      ],
      1,
    ],
    [
      [0, 0],
      [
        [1, 0],
        [0, 1],
      ],
      Infinity,
    ],
  ])('conditionalGaussian(%j, %j, %s) throws a RangeError with a reason', (m, c, y0) => {
    expect(() => conditionalGaussian(m as Mean2, c as Cov2, y0)).toThrow(RangeError);
  });
});

describe('bivariate Gaussian helpers', () => {
  const mean: Mean2 = [1, -2];
  const cov: Cov2 = [
    [2, 1.2],
    [1.2, 1.5],
  ];
  it('sampleGaussian2: same seed same draws; sample moments within 4 standard errors', () => {
    const n = 100_000;
    const a = sampleGaussian2(mean, cov, createRng(5), n);
    expect(sampleGaussian2(mean, cov, createRng(5), n)).toEqual(a);
    let sx = 0,
      sy = 0,
      sxx = 0,
      sxy = 0,
      syy = 0;
    for (let i = 0; i < n; i++) {
      const x = a[2 * i],
        y = a[2 * i + 1];
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
    }
    const mx = sx / n,
      my = sy / n;
    expect(Math.abs(mx - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
    expect(Math.abs(my + 2)).toBeLessThan(4 * Math.sqrt(1.5 / n));
    // Var of a sample (co)variance ≈ (ΣᵢᵢΣⱼⱼ + Σᵢⱼ²)/n.
    expect(Math.abs(sxx / n - mx * mx - 2)).toBeLessThan(4 * Math.sqrt((2 * 4) / n));
    expect(Math.abs(sxy / n - mx * my - 1.2)).toBeLessThan(4 * Math.sqrt((3 + 1.44) / n));
    expect(Math.abs(syy / n - my * my - 1.5)).toBeLessThan(4 * Math.sqrt((2 * 2.25) / n));
  });
  it('gaussian2Ellipse: the 1σ outline is the level set (z − μ)ᵀΣ⁻¹(z − μ) = 1; semi-axes √λ', () => {
    const e = gaussian2Ellipse(mean, cov, 1, 32);
    const det = 2 * 1.5 - 1.44;
    for (let i = 0; i < 32; i++) {
      const dx = e.outline[2 * i] - 1,
        dy = e.outline[2 * i + 1] + 2;
      expect((1.5 * dx * dx - 2 * 1.2 * dx * dy + 2 * dy * dy) / det).toBeCloseTo(1, 12);
    }
    expect(e.semiAxes[0] ** 2 * e.semiAxes[1] ** 2).toBeCloseTo(det, 12);
    expect(gaussian2Ellipse(mean, cov, 2).semiAxes[0]).toBeCloseTo(2 * e.semiAxes[0], 12);
  });
  it('gaussian2Density integrates to 1 and its marginal is N(μx, Σxx)', () => {
    let s = 0;
    const h = 0.05;
    for (let x = -9; x <= 11; x += h)
      for (let y = -10; y <= 6; y += h) s += gaussian2Density(mean, cov, x, y) * h * h;
    expect(s).toBeCloseTo(1, 6);
    expect(gaussian2Marginals(mean, cov).x).toEqual({ mean: 1, sd: Math.sqrt(2) });
  });
  it('gaussianMutualInformation(ρ) = −½ log(1 − ρ²), bits by default', () => {
    expect(gaussianMutualInformation(0)).toBe(0);
    expect(gaussianMutualInformation(0.8, 'e')).toBeCloseTo(-0.5 * Math.log(0.36), 14);
    expect(gaussianMutualInformation(0.8)).toBeCloseTo(-0.5 * Math.log2(0.36), 14);
    expect(() => gaussianMutualInformation(1.5)).toThrow(RangeError);
  });
  it('normalProduct adds precisions; normalSum adds variances', () => {
    const p = normalProduct({ mean: 0, sd: 1 }, { mean: 2, sd: 1 });
    expect(p.mean).toBeCloseTo(1, 14);
    expect(p.sd).toBeCloseTo(Math.SQRT1_2, 14);
    expect(normalSum({ mean: 1, sd: 3 }, { mean: 2, sd: 4 })).toEqual({ mean: 3, sd: 5 });
  });
});
