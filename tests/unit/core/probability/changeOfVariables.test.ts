/**
 * Issue 19, the change-of-variables section of the Distributions tab: the density of Y = g(X) (one value,
 * the whole curve), E[g(X)] by quadrature and the worker's samples of Y, against SciPy
 * (tests/fixtures/probability6.json, from tests/fixtures/scripts/probability6.py).
 */
import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/probability6.json';
import {
  makeDistribution,
  transformedDensity,
  transformedDensityBranches,
  transformedDensityCurve,
  transformedMean,
  transformedRange,
  TransformRun,
  type DistributionName,
} from '../../../../src/core/index';

type Base = { name: string; params: Record<string, number> };
type Case = { g: string; base: Base; y: number[]; density: number[] };
const fx = fixtures as unknown as {
  monotone: Case[];
  branches: Case[];
  means: { g: string; base: Base; mean: number; sd: number }[];
  noMean: { g: string; base: Base }[];
};

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
const law = (b: { name: string; params: Record<string, number> }) =>
  makeDistribution(b.name as DistributionName, b.params);

describe('transformedDensity for a monotone g against SciPy (1e-8 relative)', () => {
  for (const k of fx.monotone)
    k.y.forEach((y, i) =>
      it(`g = ${k.g}, X ~ ${k.base.name}${JSON.stringify(k.base.params)}, y = ${y}`, () => {
        const d = transformedDensity(k.g, law(k.base), y);
        if (typeof d !== 'number') throw new Error(d.error);
        expect(rel(d, k.density[i])).toBeLessThanOrEqual(1e-8);
      }),
    );
});

describe('transformedDensity as a sum over branches against SciPy (1e-8 relative)', () => {
  for (const k of fx.branches)
    k.y.forEach((y, i) =>
      it(`g = ${k.g}, X ~ ${k.base.name}${JSON.stringify(k.base.params)}, y = ${y}`, () => {
        const d = transformedDensity(k.g, law(k.base), y);
        if (typeof d !== 'number') throw new Error(d.error);
        expect(rel(d, k.density[i])).toBeLessThanOrEqual(1e-8);
      }),
    );

  it('1/x of N(0.1, 1): a pole between two probes makes g non-monotone (it used to say "outside the range")', () => {
    const r = transformedDensityBranches('1/x', makeDistribution('normal', { mean: 0.1, sd: 1 }), 1000);
    if ('error' in r) throw new Error(r.error);
    expect(r.branches).toHaveLength(1);
    expect(r.branches[0]).toBeCloseTo(0.001, 12);
  });

  it('x² of N(0, 1) has two branches ±√y; y < 0 has none', () => {
    const n01 = makeDistribution('normal', { mean: 0, sd: 1 });
    const r = transformedDensityBranches('x^2', n01, 2);
    if ('error' in r) throw new Error(r.error);
    expect(r.branches.map(Math.abs)).toEqual([Math.SQRT2, Math.SQRT2].map((v) => expect.closeTo(v, 12)));
    expect(transformedDensityBranches('x^2', n01, -1)).toEqual({ density: 0, branches: [] });
  });
});

describe('transformedDensityCurve: one parse for a grid of y, the same numbers as transformedDensity', () => {
  for (const k of [...fx.monotone, ...fx.branches])
    it(`g = ${k.g}, X ~ ${k.base.name}${JSON.stringify(k.base.params)}`, () => {
      const c = transformedDensityCurve(k.g, law(k.base), k.y);
      if ('error' in c) throw new Error(c.error);
      c.density.forEach((d, i) => expect(rel(d, k.density[i])).toBeLessThanOrEqual(1e-8));
    });

  it('says how g was read: increasing, decreasing, or branches with their largest count', () => {
    const n01 = makeDistribution('normal', { mean: 0, sd: 1 });
    const ys = [-1, 0.5, 2];
    expect(transformedDensityCurve('exp(x)', n01, ys)).toMatchObject({ kind: 'increasing', maxBranches: 1 });
    expect(transformedDensityCurve('-x', n01, ys)).toMatchObject({ kind: 'decreasing', maxBranches: 1 });
    expect(transformedDensityCurve('x^2', n01, ys)).toMatchObject({ kind: 'branches', maxBranches: 2 });
    // exp never reaches −1: density 0 there, not an error and not NaN
    const e = transformedDensityCurve('exp(x)', n01, ys);
    if ('error' in e) throw new Error(e.error);
    expect(e.density[0]).toBe(0);
  });

  it.each([
    ['exp(', /^g:/],
    ['sqrt(x)', /not defined/],
    ['log(x)', /not defined/],
    ['x*y', /x alone/],
  ])('%s of a normal gives the message %s, no numbers', (g, re) => {
    const c = transformedDensityCurve(g, makeDistribution('normal', { mean: 0, sd: 1 }), [1, 2]);
    expect('error' in c && re.test(c.error)).toBe(true);
  });
});

describe('transformedMean: E[g(X)] by quadrature against SciPy (1e-8 relative), null without a finite mean', () => {
  for (const k of fx.means)
    it(`E[${k.g}] for X ~ ${k.base.name}${JSON.stringify(k.base.params)} = ${k.mean}`, () => {
      const m = transformedMean(k.g, law(k.base));
      if (typeof m !== 'number') throw new Error(`got ${JSON.stringify(m)}`);
      expect(rel(m, k.mean)).toBeLessThanOrEqual(1e-8);
    });
  for (const k of fx.noMean)
    it(`E[${k.g}] for X ~ ${k.base.name}${JSON.stringify(k.base.params)} is null`, () => {
      expect(transformedMean(k.g, law(k.base))).toBeNull();
    });
});

describe('transformedRange', () => {
  it('covers Y from its least value (0 for x², ±1 for tanh) to about its 99% quantile', () => {
    const n01 = makeDistribution('normal', { mean: 0, sd: 1 });
    const sq = transformedRange('x^2', n01);
    if ('error' in sq) throw new Error(sq.error);
    expect(sq.lo).toBeGreaterThanOrEqual(0);
    expect(sq.lo).toBeLessThan(1e-4);
    // χ²₁'s 99% quantile is 6.635 (SciPy); the estimate from 2,000 points is within 2%.
    expect(sq.hi).toBeGreaterThan(6.4);
    expect(sq.hi).toBeLessThan(6.8);
    const th = transformedRange('tanh(x)', n01);
    if ('error' in th) throw new Error(th.error);
    expect(th.lo).toBeCloseTo(-1, 5);
    expect(th.hi).toBeCloseTo(1, 5);
  });
});

describe('TransformRun: samples of Y = g(X) against SciPy means and the density', () => {
  const run = (
    g: string,
    base: { name: string; params: Record<string, number> },
    n: number,
    lo: number,
    hi: number,
  ) => {
    const r = new TransformRun({
      dist: base.name as DistributionName,
      params: base.params,
      g,
      n,
      seed: 7,
      lo,
      hi,
      bins: 60,
    });
    while (!r.done) r.step();
    return r.snapshot();
  };

  for (const k of fx.means)
    it(`the sample mean of ${k.g} (X ~ ${k.base.name}) is within 4 standard errors of ${k.mean}`, () => {
      const n = 200_000;
      const s = run(k.g, k.base, n, -10, 10);
      expect(s.drawn).toBe(n);
      expect(s.notFinite).toBe(0);
      expect(Math.abs(s.mean - k.mean)).toBeLessThan((4 * k.sd) / Math.sqrt(n));
      expect(Math.sqrt(s.variance)).toBeCloseTo(k.sd, 1);
    });

  it('the histogram of X² (X ~ N(0, 1)) follows the χ²₁ density bin by bin', () => {
    const n = 400_000;
    const s = run('x^2', { name: 'normal', params: { mean: 0, sd: 1 } }, n, 0, 6);
    const centres = Array.from(s.density, (_, i) => s.lo + (i + 0.5) * s.binWidth);
    const curve = transformedDensityCurve('x^2', makeDistribution('normal', { mean: 0, sd: 1 }), centres);
    if ('error' in curve) throw new Error(curve.error);
    // Away from the pole at 0 (bins 3…), the bin's mean density vs the density at its centre: within 5 binomial
    // standard errors plus the curvature of the density across a bin.
    for (let i = 3; i < s.density.length; i++) {
      const p = curve.density[i] * s.binWidth;
      const se = Math.sqrt(p / n) / s.binWidth;
      expect(Math.abs(s.density[i] - curve.density[i])).toBeLessThan(5 * se + 0.01 * curve.density[i]);
    }
    expect(s.above).toBeCloseTo(0.0143, 2); // P(χ²₁ > 6) = 0.0143 (SciPy chi2.sf(6, 1))
  });

  it('a fixed seed gives the same samples; bad requests throw', () => {
    const a = run('exp(x)', { name: 'normal', params: { mean: 0, sd: 1 } }, 5000, 0, 10);
    const b = run('exp(x)', { name: 'normal', params: { mean: 0, sd: 1 } }, 5000, 0, 10);
    expect(a.mean).toBe(b.mean);
    expect(Array.from(a.density)).toEqual(Array.from(b.density));
    // The snapshot carries p_Y on the plotted range and E[g(X)], worked out in the worker.
    expect(a.curve?.kind).toBe('increasing');
    expect(a.curve?.ys).toHaveLength(241);
    const direct = transformedDensityCurve(
      'exp(x)',
      makeDistribution('normal', { mean: 0, sd: 1 }),
      Array.from(a.curve!.ys),
    );
    if ('error' in direct) throw new Error(direct.error);
    expect(Array.from(a.curve!.density)).toEqual(direct.density);
    expect(a.exactMean).toBeCloseTo(Math.exp(0.5), 10);
    const req = {
      dist: 'normal' as const,
      params: { mean: 0, sd: 1 },
      g: 'exp(',
      n: 10,
      seed: 1,
      lo: 0,
      hi: 1,
      bins: 4,
    };
    expect(() => new TransformRun(req)).toThrow(/^g:/);
    expect(() => new TransformRun({ ...req, g: 'x', n: 2e7 })).toThrow(/10\^7/);
    expect(() => new TransformRun({ ...req, g: 'x', hi: 0 })).toThrow(/range/);
  });
});

describe('transformedMean of an odd g of a centred law', () => {
  it('is exactly 0 (tanh of N(0, 1); it read −4.4e-16 of quadrature noise)', () => {
    expect(transformedMean('tanh(x)', makeDistribution('normal', { mean: 0, sd: 1 }))).toBe(0);
  });
});
