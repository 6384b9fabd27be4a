import { describe, expect, it } from 'vitest';
import {
  CltRun,
  cltSizeProblems,
  createRng,
  DISTRIBUTION_NAMES,
  DISTRIBUTIONS,
  makeDistribution,
  momentStatus,
  skewnessOf,
  skewnessOfMean,
  SkewMoments,
  statisticBins,
  type CltRequest,
} from '../../../../src/core';

function finish(req: CltRequest) {
  const run = new CltRun(req);
  while (!run.done) run.step();
  return run.snapshot();
}

const defaults = (name: (typeof DISTRIBUTION_NAMES)[number]) =>
  Object.fromEntries(DISTRIBUTIONS[name].params.map((p) => [p.name, p.default]));

describe('SkewMoments', () => {
  it('merging chunks equals the two-pass moments of the whole sample (1e-10 relative)', () => {
    const x = makeDistribution('gamma', { shape: 1.5, rate: 1 }).sample(createRng(3), 30001);
    const m = new SkewMoments();
    m.add(x.subarray(0, 1));
    m.add(x.subarray(1, 12345));
    m.add(x.subarray(12345));
    const n = x.length;
    const mean = x.reduce((a, b) => a + b, 0) / n;
    let m2 = 0;
    let m3 = 0;
    for (const v of x) {
      m2 += (v - mean) ** 2;
      m3 += (v - mean) ** 3;
    }
    expect(m.count).toBe(n);
    expect(m.mean).toBeCloseTo(mean, 12);
    expect(m.m2 / m2).toBeCloseTo(1, 10);
    expect(m.m3 / m3).toBeCloseTo(1, 10);
    expect(m.skewness).toBeCloseTo(m3 / n / (m2 / n) ** 1.5, 10);
  });

  it('skewness is NaN for fewer than 3 values or a constant sample', () => {
    const m = new SkewMoments();
    m.add(Float64Array.of(1, 2));
    expect(m.skewness).toBeNaN();
    const c = new SkewMoments();
    c.add(new Float64Array(10).fill(4));
    expect(c.skewness).toBeNaN();
  });
});

describe('skewnessOf(name, params)', () => {
  it('matches the sample skewness of 4·10^5 seeded draws for every family with a finite third moment', () => {
    for (const name of DISTRIBUTION_NAMES) {
      const params = defaults(name);
      const g = skewnessOf(name, params);
      if (!Number.isFinite(g)) continue;
      const m = new SkewMoments();
      m.add(makeDistribution(name, params).sample(createRng(21), 400_000));
      // The SE of g₁ grows with the tails (lognormal's sixth moment is large), hence a loose tolerance.
      expect(Math.abs(m.skewness - g), name).toBeLessThan(0.05 + 0.08 * Math.abs(g));
    }
  });

  it('closed forms: Exp 2, Gamma(4) 1, χ²(8) 1, Poisson(4) 0.5, Beta(2,2) 0, Cauchy NaN, t(3) NaN, t(5) 0', () => {
    expect(skewnessOf('exponential', { rate: 3 })).toBe(2);
    expect(skewnessOf('gamma', { shape: 4, rate: 1 })).toBe(1);
    expect(skewnessOf('chiSquared', { k: 8 })).toBe(1);
    expect(skewnessOf('poisson', { lambda: 4 })).toBe(0.5);
    expect(skewnessOf('beta', { alpha: 2, beta: 2 })).toBe(0);
    expect(skewnessOf('cauchy', { x0: 0, gamma: 1 })).toBeNaN();
    expect(skewnessOf('studentT', { df: 3 })).toBeNaN();
    expect(skewnessOf('studentT', { df: 5 })).toBe(0);
    expect(skewnessOf('bernoulli', { p: 1 })).toBeNaN();
  });

  it('momentStatus: normal finite, t(1.5) infinite variance, Cauchy no mean, Bernoulli(0) degenerate', () => {
    expect(momentStatus(makeDistribution('normal', { mean: 0, sd: 1 }))).toBe('finite');
    expect(momentStatus(makeDistribution('studentT', { df: 1.5 }))).toBe('infiniteVariance');
    expect(momentStatus(makeDistribution('cauchy', { x0: 0, gamma: 1 }))).toBe('noMean');
    expect(momentStatus(makeDistribution('bernoulli', { p: 0 }))).toBe('degenerate');
  });
});

describe('CltRun({ dist, params, k, reps, stat, seed })', () => {
  it('Exponential(1), k = 4, 2·10^5 means: mean 1, variance 1/4, skewness 2/√4 = 1 (seed 5)', () => {
    const s = finish({
      dist: 'exponential',
      params: { rate: 1 },
      k: 4,
      reps: 200_000,
      stat: 'mean',
      seed: 5,
    });
    expect(s.done).toBe(200_000);
    expect(Math.abs(s.mean - 1)).toBeLessThan(4 * Math.sqrt(0.25 / 2e5));
    expect(s.variance).toBeCloseTo(0.25, 2);
    expect(Math.abs(s.skewness - skewnessOfMean(2, 4))).toBeLessThan(0.05);
  });

  it('skewness shrinks like γ₁/√k: Gamma(0.5) at k = 1, 10, 100 (seed 8)', () => {
    const g = skewnessOf('gamma', { shape: 0.5, rate: 1 });
    for (const k of [1, 10, 100]) {
      const s = finish({
        dist: 'gamma',
        params: { shape: 0.5, rate: 1 },
        k,
        reps: 100_000,
        stat: 'sum',
        seed: 8,
      });
      expect(Math.abs(s.skewness - g / Math.sqrt(k)), `k=${k}`).toBeLessThan(
        0.04 + 0.08 * (g / Math.sqrt(k)),
      );
    }
  });

  it('the histogram integrates to the in-window fraction, and sums of Poisson use one bin per integer', () => {
    const s = finish({ dist: 'poisson', params: { lambda: 2 }, k: 3, reps: 50_000, stat: 'sum', seed: 1 });
    const inside = s.density.reduce((a, b) => a + b, 0) * s.binWidth;
    expect(inside + s.below + s.above).toBeCloseTo(1, 12);
    expect(s.spacing).toBe(1);
    expect(s.binWidth).toBe(1);
    expect(Math.abs(s.lo - Math.round(s.lo)) - 0.5).toBeCloseTo(0, 12);
  });

  it('cltSizeProblems names k, repetitions and their product', () => {
    expect(cltSizeProblems(0, 1000)[0].field).toBe('k');
    expect(cltSizeProblems(5, 50)[0].field).toBe('reps');
    expect(cltSizeProblems(1000, 1_000_000)[0].message).toMatch(/10\^8/);
    expect(cltSizeProblems(10, 1000)).toEqual([]);
  });
});

describe('statisticBins(pilot, center, scale, spacing)', () => {
  it('covers center ± 4·scale for a finite-variance law and aligns lattice bins on half-integers', () => {
    const pilot = Float64Array.from({ length: 1000 }, (_, i) => i % 7);
    const b = statisticBins(pilot, 3, 2, 1);
    expect(b.lo).toBeLessThanOrEqual(3 - 8);
    expect(b.hi).toBeGreaterThanOrEqual(3 + 8);
    expect(b.lo + 0.5).toBe(Math.round(b.lo + 0.5));
    expect((b.hi - b.lo) / b.bins).toBe(1);
  });

  it('a constant pilot still gives a window of positive width', () => {
    const b = statisticBins(new Float64Array(50).fill(2), 2, 0, 0);
    expect(b.hi).toBeGreaterThan(b.lo);
  });
});
