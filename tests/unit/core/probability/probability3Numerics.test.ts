/**
 * Issue 19's numerical review, against tests/fixtures/probability3.json (mpmath at 60 digits, SciPy's
 * ppf): each case failed before the fix (the old value is in the test's name).
 */
import { describe, expect, it } from 'vitest';
import fx from '../../../fixtures/probability3.json';
import {
  createRng,
  klBits,
  makeDistribution,
  normalKlNats,
  type DistributionName,
} from '../../../../src/core/index';
import { log1pmx } from '../../../../src/core/probability/special/log1pmx';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('klBits of nearly equal laws keeps its digits (was 3e-5, 0.12 and 1 relative error, and ∞)', () => {
  for (const k of fx.klBits)
    it(`klBits(${JSON.stringify(k.p)}, ${JSON.stringify(k.q)}) = ${k.bits.toPrecision(6)}`, () => {
      expect(rel(klBits(k.p, k.q), k.bits)).toBeLessThanOrEqual(1e-9);
    });
});

describe('normalKlNats with a σ ratio 1 ± 1e-6 (was 0.5 relative error)', () => {
  for (const k of fx.normalKlNats)
    it(`KL(N(${k.p.mean}, ${k.p.sd}²) ‖ N(${k.q.mean}, ${k.q.sd}²)) = ${k.nats.toPrecision(6)}`, () => {
      expect(rel(normalKlNats(k.p, k.q), k.nats)).toBeLessThanOrEqual(1e-9);
    });
});

describe('Beta entropy for huge parameters (was −8.83112240 for β(1e8, 1e8), −27.535 for β(1e12, ½))', () => {
  for (const k of fx.betaEntropy)
    it(`entropy of Beta(${k.alpha}, ${k.beta}) = ${k.nats.toPrecision(11)}`, () => {
      const h = makeDistribution('beta', { alpha: k.alpha, beta: k.beta }).entropy;
      expect(Math.abs(h - k.nats)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(k.nats)));
    });
});

describe('discrete quantiles near 1 are exact (mpmath’s survival function; SciPy’s ppf agrees but for the geometric law; was 1006366, 23015889 and 25)', () => {
  for (const k of fx.discreteQuantile)
    it(`${k.name}(${JSON.stringify(k.params)}).quantile(${k.u}) = ${k.quantile}`, () => {
      const d = makeDistribution(k.name as DistributionName, k.params as unknown as Record<string, number>);
      expect(d.quantile(k.u)).toBe(k.quantile);
    });
});

describe("Student's t with ν = 0.01 is sampled on the log scale (was 2.4% of draws ±∞)", () => {
  it('the share of ±∞ among 200,000 draws (seed 19) is P(|T| > 1.8e308) = 0.080% within 4 standard errors', () => {
    const p = fx.studentTTail.find((c) => c.df === 0.01)!.pAbsAboveMax;
    const n = 200_000;
    const out = new Float64Array(n);
    makeDistribution('studentT', { df: 0.01 }).fill(createRng(19), out);
    let infinite = 0;
    let nan = 0;
    for (const v of out) {
      if (Number.isNaN(v)) nan++;
      else if (!Number.isFinite(v)) infinite++;
    }
    expect(nan).toBe(0);
    const expected = n * p;
    expect(Math.abs(infinite - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });
  it('ν = 0.05 draws are all finite (P(|T| > 1.8e308) = 3.5e-16)', () => {
    const out = new Float64Array(100_000);
    makeDistribution('studentT', { df: 0.05 }).fill(createRng(3), out);
    expect(out.every(Number.isFinite)).toBe(true);
  });
});

describe('log1pmx(x) = ln(1 + x) − x', () => {
  it.each([1e-10, -1e-6, 0.3, -0.49, 0.5, 3, -0.999])(
    'at %s agrees with the direct form where that is exact enough',
    (x) => {
      const direct = Math.log1p(x) - x;
      const tol = Math.abs(x) < 1e-3 ? 1e-6 : 1e-14;
      expect(rel(log1pmx(x), direct)).toBeLessThan(tol);
    },
  );
  it('is −x²/2 + x³/3 to full precision near 0', () => {
    expect(rel(log1pmx(1e-8), -5e-17 + 1e-24 / 3)).toBeLessThan(1e-15);
  });
});
