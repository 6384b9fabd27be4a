import { describe, expect, it } from 'vitest';
import { fitOf, generatePoints, pointsOf } from '../../../../src/stores/ml/regression/data';
import { regView, type RegView } from '../../../../src/stores/ml/regression/view';
import {
  normalEquationsTex,
  polynomialTex,
  texNumber,
} from '../../../../src/pages/MachineLearning/regression/tex';

const decode = (q: string) => regView.decode(new URLSearchParams(q));
const own = (pts: [number, number][], patch: Partial<RegView> = {}): RegView => ({
  ...regView.defaults,
  data: 'own',
  points: pts.map(([x1, x2]) => ({ x1, x2, label: 0 })),
  ...patch,
});

describe('the regression view', () => {
  it('round-trips own points and every setting at full precision', () => {
    const view = own(
      [
        [0.1 + 0.2, -1e-7],
        [3, 4],
      ],
      { degree: 12, standardize: true, method: 'lasso', lasso: 0.0123456789, ridge: 2.5, seed: 4294967295 },
    );
    const q = regView.encode(view);
    expect(q).toContain('tab=regression');
    expect(q).toContain('reg.deg=12');
    expect(decode(q)).toEqual({ view, ignored: [] });
  });

  it('names every refused value and falls back field by field', () => {
    const { view, ignored } = decode(
      'v=1&tab=regression&reg.data=moons&reg.deg=13&reg.method=svm&reg.ridge=-1&reg.std=yes&reg.pts=1,2,0;x,y',
    );
    expect(view.data).toBe('line');
    expect(view.degree).toBe(1);
    expect(view.method).toBe('normal');
    expect(view.ridge).toBe(1);
    expect(view.standardize).toBe(false);
    expect(view.points).toEqual([{ x1: 1, x2: 2, label: 0 }]);
    const text = ignored.join(' | ');
    for (const key of ['reg.data', 'reg.deg', 'reg.method', 'reg.ridge', 'reg.std', 'reg.pts'])
      expect(text).toContain(key);
  });

  it('problem(ridge, −1) and problem(degree, 13) are named at their fields', () => {
    expect(regView.problem('ridge', -1)).toMatch(/ridge λ/);
    expect(regView.problem('degree', 13)).toMatch(/degree/);
    expect(regView.problem('lasso', 0)).toBeNull();
  });
});

describe('generatePoints and fitOf', () => {
  it('generatePoints(seed) is reproducible and different for another seed', () => {
    const a = generatePoints({ data: 'line', n: 20, noise: 0.5, seed: 7 });
    expect(a).toHaveLength(20);
    expect(generatePoints({ data: 'line', n: 20, noise: 0.5, seed: 7 })).toEqual(a);
    expect(generatePoints({ data: 'line', n: 20, noise: 0.5, seed: 8 })).not.toEqual(a);
  });

  it('fitOf(a line through three points) gives slope 2, intercept 1, R² 1 (tolerance 1e-10)', () => {
    const fit = fitOf(
      own([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
      own([
        [0, 1],
        [1, 3],
        [2, 5],
      ]).points,
    );
    if ('error' in fit) throw new Error(fit.error);
    expect(fit.coef[0]).toBeCloseTo(2, 10);
    expect(fit.intercept).toBeCloseTo(1, 10);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.mse).toBeCloseTo(0, 10);
    expect(fit.xtx).toEqual([
      [3, 3],
      [3, 5],
    ]);
    expect(fit.xty).toEqual([9, 13]);
  });

  it('fitOf(standardized degree 3) reads out the same polynomial in original units as unstandardized (1e-8)', () => {
    const view = { ...regView.defaults, data: 'sine' as const, n: 30, degree: 3 };
    const pts = pointsOf(view);
    const a = fitOf(view, pts);
    const b = fitOf({ ...view, standardize: true }, pts);
    if ('error' in a || 'error' in b) throw new Error('no fit');
    expect(b.intercept).toBeCloseTo(a.intercept, 8);
    b.coef.forEach((c, k) => expect(c).toBeCloseTo(a.coef[k], 8));
    expect(b.conditionNumber).toBeLessThan(a.conditionNumber);
  });

  it('fitOf warns in words: too few points, ill-conditioned XᵀX, no points', () => {
    const few = own(
      [
        [0, 1],
        [1, 2],
      ],
      { degree: 4 },
    );
    const f = fitOf(few, few.points);
    if ('error' in f) throw new Error(f.error);
    expect(f.warnings.join(' ')).toMatch(/fewer points \(2\) than coefficients \(5\).*minimum-norm/);
    expect(Number.isFinite(f.intercept)).toBe(true);
    const high = { ...regView.defaults, data: 'line' as const, n: 40, degree: 12 };
    const h = fitOf(high, pointsOf(high));
    if ('error' in h) throw new Error(h.error);
    expect(h.warnings.join(' ')).toMatch(/ill-conditioned.*condition number/);
    expect(fitOf(own([]), [])).toEqual({ error: expect.stringMatching(/no points/) });
    expect(fitOf(own([[0, 1]], { method: 'ridge', ridge: -1 }), [{ x1: 0, x2: 1, label: 0 }])).toEqual({
      error: expect.stringMatching(/ridge λ/),
    });
  });

  it('fitOf(lasso, large λ) zeroes coefficients exactly', () => {
    const view = {
      ...regView.defaults,
      data: 'sine' as const,
      n: 40,
      degree: 5,
      standardize: true,
      method: 'lasso' as const,
      lasso: 0.3,
    };
    const fit = fitOf(view, pointsOf(view));
    if ('error' in fit) throw new Error(fit.error);
    expect(fit.shownCoef.some((c) => c === 0)).toBe(true);
  });
});

describe('fitOf(method gd)', () => {
  const view = {
    ...regView.defaults,
    data: 'line' as const,
    n: 30,
    method: 'gd' as const,
    steps: 2000,
    lr: 0.05,
  };
  it('fitOf(gd, η below 2/λmax, 2000 steps) lands on the closed-form line (1e-6)', () => {
    const pts = pointsOf(view);
    const gd = fitOf(view, pts);
    const ols = fitOf({ ...view, method: 'normal' }, pts);
    if ('error' in gd || 'error' in ols) throw new Error('no fit');
    expect(gd.diverged).toBe(false);
    expect(gd.coef[0]).toBeCloseTo(ols.coef[0], 6);
    expect(gd.intercept).toBeCloseTo(ols.intercept, 6);
    expect(gd.descent!.limit).toBeGreaterThan(0.05);
  });
  it('fitOf(gd, η above 2/λmax) diverges and says so in words with the limit', () => {
    const fit = fitOf({ ...view, lr: 2 }, pointsOf(view));
    if ('error' in fit) throw new Error(fit.error);
    expect(fit.diverged).toBe(true);
    expect(fit.warnings.join(' ')).toMatch(/diverged after \d+ steps.*above 2\/λmax = /);
  });
  it('fitOf(gd, degree 3) fits a line and says so; a bad learning rate is named', () => {
    const fit = fitOf({ ...view, degree: 3 }, pointsOf(view));
    if ('error' in fit) throw new Error(fit.error);
    expect(fit.coef).toHaveLength(1);
    expect(fit.warnings[0]).toMatch(/fits a line/);
    expect(fitOf({ ...view, lr: 0 }, pointsOf(view))).toEqual({
      error: expect.stringMatching(/learning rate/),
    });
  });
});

describe('fitOf(method bayes)', () => {
  it('fitOf(bayes, degree 1) has the mean solving (αI + βΦᵀΦ)m = βΦᵀy and a finite slope sd (1e-10)', () => {
    const v = own(
      [
        [0, 1],
        [1, 2],
        [2, 4],
      ],
      { method: 'bayes', alpha: 0.5, beta: 2 },
    );
    const fit = fitOf(v, v.points);
    if ('error' in fit || !fit.bayes) throw new Error('no posterior');
    // ΦᵀΦ = [[3, 3], [3, 5]], Φᵀy = [7, 10]: (0.5I + 2ΦᵀΦ)m = 2Φᵀy.
    const [a, b, d] = [0.5 + 6, 6, 0.5 + 10];
    const [r0, r1] = [14, 20];
    const det = a * d - b * b;
    expect(fit.intercept).toBeCloseTo((d * r0 - b * r1) / det, 10);
    expect(fit.bayes.slopeMean).toBeCloseTo((a * r1 - b * r0) / det, 10);
    expect(fit.bayes.slopeSd).toBeCloseTo(Math.sqrt(a / det), 10);
    expect(fit.bayes.ridgeEquivalent).toBe(0.25);
    expect(fit.bayes.band(10).sd).toBeGreaterThan(fit.bayes.band(1).sd);
    expect(fit.bayes.samples).toHaveLength(5);
  });
  it('fitOf(bayes, standardized) gives a positive finite slope sd; α = 0 is named', () => {
    const v = { ...regView.defaults, data: 'line' as const, method: 'bayes' as const, standardize: true };
    const fit = fitOf(v, pointsOf(v));
    if ('error' in fit || !fit.bayes) throw new Error('no posterior');
    expect(Number.isFinite(fit.bayes.slopeSd) && fit.bayes.slopeSd > 0).toBe(true);
    expect(fitOf({ ...v, alpha: 0 }, pointsOf(v))).toEqual({
      error: expect.stringMatching(/prior precision α/),
    });
  });
});

describe('tex helpers', () => {
  it('texNumber writes powers of ten and words for non-finite values', () => {
    expect(texNumber(1.5e9)).toBe('1.5\\times10^{9}');
    expect(texNumber(Infinity)).toBe('\\infty');
    expect(texNumber(NaN)).not.toContain('NaN');
  });
  it('normalEquationsTex and polynomialTex include the numbers', () => {
    expect(
      normalEquationsTex(
        [
          [3, 3],
          [3, 5],
        ],
        [9, 13],
        false,
      ).join(' '),
    ).toContain('13');
    expect(
      normalEquationsTex(
        [
          [1, 1e-17],
          [1e-17, 1],
        ],
        [0, 1],
        true,
      )[1],
    ).not.toContain('10^{-17}');
    expect(polynomialTex(1, [2, -0.5])).toBe('\\hat y=1+2\\,x-0.5\\,x^{2}');
  });
});
