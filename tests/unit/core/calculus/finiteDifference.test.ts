import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import { differenceErrorCurve, finiteDifference, optimalStep } from '../../../../src/core/index';

type Case = { f: string; x0: number; h: number[]; forward?: number[]; central?: number[]; error?: boolean };
const cases = fixtures.calculus.finiteDifference as Case[];

describe('finiteDifference(f, x0, h, scheme) against the fixtures (1e-8 relative)', () => {
  for (const k of cases.filter((k) => !k.error))
    for (const scheme of ['forward', 'central'] as const)
      k.h.forEach((h, i) =>
        it(`finiteDifference(${k.f}, ${k.x0}, ${h}, ${scheme})`, () => {
          const q = finiteDifference(k.f, k.x0, h, scheme);
          if (typeof q !== 'number') throw new Error(q.error);
          const want = k[scheme]![i];
          expect(Math.abs(q - want)).toBeLessThanOrEqual(1e-8 * Math.abs(want));
        }),
      );

  for (const k of cases.filter((k) => k.error))
    it(`finiteDifference(${k.f}, …) returns a message`, () => {
      const q = finiteDifference(k.f, k.x0, k.h[0], 'forward');
      expect(typeof q === 'object' && q.error.length > 0).toBe(true);
    });
});

describe('finiteDifference errors', () => {
  it.each([
    ['x*y', 1, 0.1, 'forward'],
    ['sin(x)', 1, 0, 'forward'],
    ['sin(x)', 1, -0.1, 'central'],
    ['sin(x)', NaN, 0.1, 'central'],
    ['log(x)', 0.05, 0.1, 'central'],
    ['sin(x)', 1, 0.1, 'backward'],
  ])('finiteDifference(%s, %s, %s, %s) returns { error }', (f, x0, h, s) => {
    const q = finiteDifference(f, x0, h, s as 'forward');
    expect(typeof q === 'object' && q.error.length > 0).toBe(true);
  });
  it('says that y is not allowed', () => {
    const q = finiteDifference('x*y', 1, 0.1, 'forward');
    expect(typeof q === 'object' && /y/.test(q.error)).toBe(true);
  });
});

describe('differenceErrorCurve(f, x0, scheme)', () => {
  it('has the V shape for sin at 1: least error near √ε (forward) and ∛ε (central)', () => {
    for (const scheme of ['forward', 'central'] as const) {
      const r = differenceErrorCurve('sin(x)', 1, scheme);
      if ('error' in r) throw new Error(r.error);
      expect(r.derivative).toBe(Math.cos(1));
      expect(r.points).toHaveLength(61);
      const best = Math.log10(r.bestH);
      const ideal = Math.log10(optimalStep(scheme, 1));
      expect(Math.abs(best - ideal)).toBeLessThanOrEqual(1.5);
      const first = r.points[0].error;
      const last = r.points[r.points.length - 1].error;
      const least = Math.min(...r.points.map((p) => p.error));
      expect(first).toBeGreaterThan(100 * least); // round-off at h = 1e-15
      expect(last).toBeGreaterThan(100 * least); // truncation at h = 1
    }
  });
  it('truncation error falls as h for forward and h² for central', () => {
    const err = (s: 'forward' | 'central', h: number) =>
      Math.abs((finiteDifference('exp(x)', 0, h, s) as number) - 1);
    expect(err('forward', 1e-3) / err('forward', 1e-4)).toBeCloseTo(10, 0);
    expect(err('central', 1e-2) / err('central', 1e-3)).toBeCloseTo(100, -1);
  });
  it('returns { error } where f has no derivative', () => {
    expect('error' in (differenceErrorCurve('abs(x)', 0, 'central') as object)).toBe(true);
  });
});
