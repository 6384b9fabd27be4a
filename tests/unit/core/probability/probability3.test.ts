/**
 * Issue 19 (Probability, part 3): the core contract and the numerical-review fixes against
 * tests/fixtures/probability3.json (from tests/fixtures/scripts/probability3.py: NumPy/SciPy, and mpmath
 * at 60 digits where float64 formulas themselves cancel).
 */
import { describe, expect, it } from 'vitest';
import fx from '../../../fixtures/probability3.json';
import {
  conditionalGaussian,
  fitGaussianVI,
  makeDistribution,
  meanFieldGaussianVariances,
  mutualInformation,
  transformedDensity,
  type Cov2,
  type DistributionName,
  type Mean2,
} from '../../../../src/core/index';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('conditionalGaussian against NumPy (precision-matrix form), 1e-12 relative', () => {
  for (const k of fx.conditionalGaussian)
    it(`y0 = ${k.y0.toFixed(3)}, Σ = ${JSON.stringify(k.cov.flat().map((v) => +v.toFixed(3)))}`, () => {
      const r = conditionalGaussian(k.mean as Mean2, k.cov as Cov2, k.y0);
      expect(Math.abs(r.mean - k.conditionalMean)).toBeLessThanOrEqual(
        1e-12 * Math.max(1, Math.abs(k.conditionalMean)),
      );
      expect(rel(r.variance, k.conditionalVariance)).toBeLessThanOrEqual(1e-12);
    });
});

describe('mutualInformation against scipy.stats.entropy, 1e-12', () => {
  for (const k of fx.mutualInformation)
    it(`${k.joint.length}×${k.joint[0].length} table, base ${k.base}`, () => {
      const r = mutualInformation(k.joint, k.base as 2 | 'e');
      for (const key of ['hx', 'hy', 'hxy'] as const) expect(rel(r[key], k[key])).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(r.mi - k.mi)).toBeLessThanOrEqual(1e-12 * Math.max(1, k.mi));
    });
  it('defaults to bits', () => {
    const k = fx.mutualInformation.find((c) => c.base === 2)!;
    expect(mutualInformation(k.joint).mi).toBe(mutualInformation(k.joint, 2).mi);
  });
});

describe('transformedDensity against SciPy densities of Y = g(X), 1e-9 relative', () => {
  for (const k of fx.transformedDensity)
    it(`g = ${k.g}, X ~ ${k.base.name}`, () => {
      const base = makeDistribution(
        k.base.name as DistributionName,
        k.base.params as unknown as Record<string, number>,
      );
      k.y.forEach((y, i) => {
        const d = transformedDensity(k.g, base, y);
        expect(typeof d).toBe('number');
        expect(rel(d as number, k.density[i])).toBeLessThanOrEqual(1e-9);
      });
    });
  it('answers a typed mistake with a message, not a throw', () => {
    const base = makeDistribution('normal', { mean: 0, sd: 1 });
    expect(transformedDensity('exp(', base, 1)).toHaveProperty('error');
  });
});

describe('fitGaussianVI on Gaussian targets (fixed seeds, 20,000 iterations)', () => {
  for (const k of fx.fitGaussianVI) {
    it(`reverse KL, full covariance, recovers mean ${JSON.stringify(k.mean)} and Σ within 0.05`, () => {
      const r = fitGaussianVI(k.target, {
        divergence: 'reverse',
        family: 'full',
        seed: k.seed,
        iterations: 20_000,
      });
      r.mean.forEach((v, i) => expect(Math.abs(v - k.mean[i])).toBeLessThan(0.05));
      r.cov.flat().forEach((v, i) => expect(Math.abs(v - k.cov.flat()[i])).toBeLessThan(0.05));
    });
    it(`mean-field: variances 1/Λᵢᵢ = ${k.meanFieldVariances.map((v) => v.toFixed(3)).join(', ')}, below Σᵢᵢ = ${k.cov[0][0]}, ${k.cov[1][1]}`, () => {
      const exact = meanFieldGaussianVariances(k.cov as Cov2);
      exact.forEach((v, i) => expect(rel(v, k.meanFieldVariances[i])).toBeLessThan(1e-12));
      const r = fitGaussianVI(k.target, {
        divergence: 'reverse',
        family: 'mean-field',
        seed: k.seed,
        iterations: 20_000,
      });
      r.mean.forEach((v, i) => expect(Math.abs(v - k.mean[i])).toBeLessThan(0.05));
      expect(Math.abs(r.cov[0][0] - k.meanFieldVariances[0])).toBeLessThan(0.05);
      expect(Math.abs(r.cov[1][1] - k.meanFieldVariances[1])).toBeLessThan(0.05);
      expect(r.cov[0][1]).toBe(0);
      // The known result: mean-field reverse KL underestimates each variance.
      expect(r.cov[0][0]).toBeLessThan(k.cov[0][0] - 0.05);
      expect(r.cov[1][1]).toBeLessThan(k.cov[1][1] - 0.05);
    });
  }
});
