import { describe, expect, it } from 'vitest';
import { finiteDifference } from '../../../../src/core';
import { computeOneD, yRange } from '../../../../src/pages/Calculus/oneD';

describe('the 1-D view of derivatives from first principles', () => {
  it('reads the secant slope, the exact derivative and the V of the error against h for exp at 0', () => {
    const r = computeOneD({ fx: 'exp(x)', x0: 0, h: 0.25, order: 3 });
    if ('error' in r) throw new Error(r.error);
    expect(r.derivative).toBe(1);
    expect(r.forward).toBe(finiteDifference('exp(x)', 0, 0.25, 'forward'));
    expect(r.coefficients).toHaveLength(4);
    expect(r.coefficients[3]).toBeCloseTo(1 / 6, 15);
    // The bottoms of the V: forward near √ε ≈ 1.5e-8, central near ∛ε ≈ 6e-6 (within a factor of 30).
    expect(r.bestForward).toBeGreaterThan(1.5e-8 / 30);
    expect(r.bestForward).toBeLessThan(1.5e-8 * 30);
    expect(r.bestCentral).toBeGreaterThan(6e-6 / 30);
    expect(r.bestCentral).toBeLessThan(6e-6 * 30);
    // Truncation: at h = 0.1 forward errs ~h/2, central ~h²/6.
    const at = (pts: typeof r.forwardCurve, h: number) =>
      pts.reduce((a, b) => (Math.abs(Math.log(b.h / h)) < Math.abs(Math.log(a.h / h)) ? b : a));
    const f = at(r.forwardCurve, 0.1);
    const c = at(r.centralCurve, 0.1);
    expect(f.error / (f.h / 2)).toBeGreaterThan(0.9);
    expect(f.error / (f.h / 2)).toBeLessThan(1.2);
    expect(c.error / (c.h ** 2 / 6)).toBeGreaterThan(0.9);
    expect(c.error / (c.h ** 2 / 6)).toBeLessThan(1.1);
    // The Taylor polynomial meets f at x0 and the remainder grows away from it.
    const mid = (r.taylorXs.length - 1) / 2;
    expect(r.taylorP[mid]).toBeCloseTo(1, 14);
    expect(Math.abs(r.taylorF.at(-1)! - r.taylorP.at(-1)!)).toBeGreaterThan(
      Math.abs(r.taylorF[mid + 10] - r.taylorP[mid + 10]),
    );
  });

  it('says why where f has no derivative at x0, and draws nothing of f where it is undefined', () => {
    const bad = computeOneD({ fx: 'log(x)', x0: -1, h: 0.1, order: 2 });
    expect('error' in bad && bad.error).toMatch(/not defined/);
    const r = computeOneD({ fx: 'log(x)', x0: 0.5, h: 1, order: 2 });
    if ('error' in r) throw new Error(r.error);
    expect(typeof r.central).toBe('string');
    expect(r.secantF.some((v) => Number.isNaN(v))).toBe(true);
    expect(yRange(r.secantF).every(Number.isFinite)).toBe(true);
    expect(computeOneD({ fx: 'x*y', x0: 0, h: 1, order: 2 })).toEqual({
      error: 'f must be a function of x alone (it uses y)',
    });
  });
});
