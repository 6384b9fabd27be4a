// Every target's gradient against central differences of its log-density; typed targets and bad input.
import { describe, expect, it } from 'vitest';
import { customTarget, makeTarget, type Target2D, type TargetSpec } from '../../../../src/core/index';

const SPECS: TargetSpec[] = [
  { kind: 'gaussian', rho: 0.8 },
  { kind: 'gaussian', rho: -0.95 },
  { kind: 'banana' },
  { kind: 'donut' },
  { kind: 'mixture' },
  { kind: 'custom', source: '-x^2/4 - 2*(y - sin(2*x))^2' },
];

function checkGradient(t: Target2D, x: number, y: number): void {
  const g = new Float64Array(2);
  const lp = t.logDensityGrad(x, y, g);
  expect(lp).toBeCloseTo(t.logDensity(x, y), 12);
  const h = 1e-5;
  const dx = (t.logDensity(x + h, y) - t.logDensity(x - h, y)) / (2 * h);
  const dy = (t.logDensity(x, y + h) - t.logDensity(x, y - h)) / (2 * h);
  const scale = 1 + Math.abs(dx) + Math.abs(dy);
  expect(Math.abs(g[0] - dx) / scale).toBeLessThan(1e-6);
  expect(Math.abs(g[1] - dy) / scale).toBeLessThan(1e-6);
}

describe('makeTarget(spec).logDensityGrad', () => {
  for (const spec of SPECS)
    it(`makeTarget(${JSON.stringify(spec)}): gradient = central differences on a grid; start is finite`, () => {
      const t = makeTarget(spec);
      const [x0, x1, y0, y1] = t.bounds;
      for (let i = 0; i <= 6; i++)
        for (let j = 0; j <= 6; j++)
          checkGradient(t, x0 + ((x1 - x0) * (i + 0.37)) / 7, y0 + ((y1 - y0) * (j + 0.61)) / 7);
      expect(Number.isFinite(t.logDensity(t.start[0], t.start[1]))).toBe(true);
      expect(t.tex.length).toBeGreaterThan(10);
    });

  it('correlatedGaussian(ρ) is the normalised bivariate normal up to a constant', () => {
    const t = makeTarget({ kind: 'gaussian', rho: 0.5 });
    // log π(1, 1) − log π(0, 0) = −(1 − 1 + 1)/(2·0.75)
    expect(t.logDensity(1, 1) - t.logDensity(0, 0)).toBeCloseTo(-1 / 1.5, 14);
  });

  it('donut gradient at the centre is finite (0)', () => {
    const g = [NaN, NaN];
    makeTarget({ kind: 'donut' }).logDensityGrad(0, 0, g);
    expect(g).toEqual([0, 0]);
  });
});

describe('customTarget(source)', () => {
  it('customTarget("log(x) - y^2"): −∞ where the expression is not real, start where it is finite', () => {
    const t = customTarget('log(x) - y^2');
    expect(t.logDensity(-1, 0)).toBe(-Infinity);
    expect(t.logDensity(1, 0)).toBeCloseTo(0, 14);
    expect(t.start[0]).toBeGreaterThan(0);
  });
  it('customTarget("x +* y") throws RangeError with the parser message', () => {
    expect(() => customTarget('x +* y')).toThrow(RangeError);
    expect(() => customTarget('x +* y')).toThrow(/log-density:/);
  });
  it('customTarget("log(-1 - x^2)") throws: nowhere finite', () => {
    expect(() => customTarget('log(-1 - x^2)')).toThrow(/not a finite number anywhere/);
  });
  it('makeTarget({ kind: "gaussian", rho: 1 }) throws RangeError', () => {
    expect(() => makeTarget({ kind: 'gaussian', rho: 1 })).toThrow(RangeError);
    expect(() => makeTarget({ kind: 'gaussian', rho: NaN })).toThrow(RangeError);
  });
});
