import { describe, expect, it } from 'vitest';
import {
  betaPosterior,
  betaShapeProblem,
  betaSummary,
  betaUpdateTex,
  flipBatch,
  screening,
  screeningTex,
} from '../../../../src/core';

describe('betaPosterior(α, β, heads, tails)', () => {
  it('Beta(1,1) + 10 heads = Beta(11,1): mean 11/12, mode 1, 95 % interval [0.025^(1/11), 0.975^(1/11)]', () => {
    const s = betaPosterior(1, 1, 10, 0);
    expect([s.alpha, s.beta]).toEqual([11, 1]);
    expect(s.mean).toBe(11 / 12);
    expect(s.mode).toBe(1);
    // F(x) = x^11, so the quantiles are exact powers.
    expect(s.lower).toBeCloseTo(0.025 ** (1 / 11), 12);
    expect(s.upper).toBeCloseTo(0.975 ** (1 / 11), 12);
  });

  it('Beta(2,2) + 3 heads + 5 tails = Beta(5,7): mean 5/12, mode 4/10, variance 35/(144·13)', () => {
    const s = betaPosterior(2, 2, 3, 5);
    expect(s.mean).toBeCloseTo(5 / 12, 15);
    expect(s.mode).toBeCloseTo(0.4, 15);
    expect(s.variance).toBeCloseTo(35 / (144 * 13), 15);
    expect(s.dist.cdf(s.lower)).toBeCloseTo(0.025, 10);
    expect(s.dist.cdf(s.upper)).toBeCloseTo(0.975, 10);
  });

  it('Beta(2,2): interval [0.0942993, 0.9057007] (qbeta(0.025, 2, 2))', () => {
    const s = betaSummary(2, 2);
    expect(s.lower).toBeCloseTo(0.09429932, 7);
    expect(s.upper).toBeCloseTo(0.90570068, 7);
  });

  it('mode notes: flat Beta(1,1), bimodal Beta(0.5,0.5), boundary Beta(0.5,3) → 0', () => {
    expect(betaSummary(1, 1).mode).toBeNaN();
    expect(betaSummary(1, 1).modeNote).toMatch(/flat/);
    expect(betaSummary(0.5, 0.5).modeNote).toMatch(/two modes/);
    expect(betaSummary(0.5, 3).mode).toBe(0);
    expect(betaSummary(3, 1).mode).toBe(1);
  });

  it('betaShapeProblem refuses 0, negatives, NaN and > 10^6', () => {
    expect(betaShapeProblem('prior alpha', 0)).toMatch(/greater than 0/);
    expect(betaShapeProblem('prior alpha', NaN)).not.toBeNull();
    expect(betaShapeProblem('prior beta', 2e6)).toMatch(/10\^6/);
    expect(betaShapeProblem('prior beta', 0.3)).toBeNull();
  });

  it('betaUpdateTex shows Beta(α,β) → Beta(α+h, β+t) with the numbers', () => {
    const tex = betaUpdateTex(1, 1, 10, 0);
    expect(tex).toContain(String.raw`\mathrm{Beta}(1+10,\,1+0)`);
    expect(tex).toContain(String.raw`\mathrm{Beta}(11,\,1)`);
  });
});

describe('screening({ prevalence, sensitivity, specificity })', () => {
  it('1 % prevalence, 90 % sensitivity, 91 % specificity: P(D | +) = 0.009/0.0981 ≈ 0.0917', () => {
    const r = screening({ prevalence: 0.01, sensitivity: 0.9, specificity: 0.91 });
    expect(r.ppv).toBeCloseTo(0.009 / (0.009 + 0.0891), 14);
    expect(r.ppv).toBeCloseTo(0.0917431, 6);
    expect(r.truePositive + r.falseNegative + r.falsePositive + r.trueNegative).toBeCloseTo(1, 15);
    expect(r.npv).toBeCloseTo(0.9009 / (0.9009 + 0.001), 14);
  });

  it('a perfect test gives P(D | +) = 1; nobody positive gives NaN and an explaining TeX', () => {
    expect(screening({ prevalence: 0.2, sensitivity: 1, specificity: 1 }).ppv).toBe(1);
    const none = { prevalence: 0, sensitivity: 0.9, specificity: 1 };
    expect(screening(none).ppv).toBeNaN();
    expect(screeningTex(none)).toMatch(/undefined/);
  });
});

describe('flipBatch(seed, done, p, count)', () => {
  it('is a function of (seed, done): equal arguments give equal batches, a different done another', () => {
    expect(flipBatch(7, 10, 0.5, 50).outcomes).toEqual(flipBatch(7, 10, 0.5, 50).outcomes);
    expect(flipBatch(7, 11, 0.5, 50).outcomes).not.toEqual(flipBatch(7, 10, 0.5, 50).outcomes);
  });

  it('10^5 flips at p = 0.3 give a heads fraction within 4 SE; p = 0 and p = 1 are certain', () => {
    const b = flipBatch(3, 0, 0.3, 100_000);
    expect(Math.abs(b.heads / 1e5 - 0.3)).toBeLessThan(4 * Math.sqrt(0.21 / 1e5));
    expect(b.heads + b.tails).toBe(100_000);
    expect(flipBatch(3, 0, 0, 100).heads).toBe(0);
    expect(flipBatch(3, 0, 1, 100).heads).toBe(100);
  });
});
