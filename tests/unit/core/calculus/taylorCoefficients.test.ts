import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import { derivative1D, evaluateTaylor, taylorCoefficients, taylorCurve } from '../../../../src/core/index';

type Case = { f: string; x0: number; order: number; coefficients?: number[]; error?: boolean };
const cases = fixtures.calculus.taylorCoefficients as Case[];

describe('taylorCoefficients(f, x0, order) against the SymPy fixtures', () => {
  for (const k of cases.filter((k) => !k.error))
    it(`taylorCoefficients(${k.f}, ${k.x0}, ${k.order})`, () => {
      const c = taylorCoefficients(k.f, k.x0, k.order);
      if ('error' in c) throw new Error(c.error);
      const want = k.coefficients!;
      expect(c).toHaveLength(want.length);
      const floor = 1e-12 * Math.max(...want.map(Math.abs));
      c.forEach((v, i) =>
        expect(Math.abs(v - want[i])).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(want[i]), floor)),
      );
    });
  for (const k of cases.filter((k) => k.error))
    it(`taylorCoefficients(${k.f}, …) returns a message`, () => {
      const c = taylorCoefficients(k.f, k.x0, k.order);
      expect('error' in c && c.error.length > 0).toBe(true);
    });
});

describe('taylorCoefficients beyond the fixtures', () => {
  const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
  it('every grammar function: tan, tanh, cos, powers, quotients, x^x against known series', () => {
    const near = (f: string, x0: number, n: number, want: number[]) => {
      const c = taylorCoefficients(f, x0, n) as number[];
      want.forEach((w, i) => expect(c[i]).toBeCloseTo(w, 12));
    };
    near('tan(x)', 0, 7, [0, 1, 0, 1 / 3, 0, 2 / 15, 0, 17 / 315]);
    near('tanh(x)', 0, 7, [0, 1, 0, -1 / 3, 0, 2 / 15, 0, -17 / 315]);
    near('cos(2*x)', 0, 4, [1, 0, -2, 0, 2 / 3]);
    near('x^3 - 2*x', 0, 4, [0, -2, 0, 1, 0]);
    near('x^2', 0, 3, [0, 0, 1, 0]);
    near('x^0', 0, 2, [1, 0, 0]);
    near('2^x', 0, 3, [1, Math.LN2, Math.LN2 ** 2 / 2, Math.LN2 ** 3 / 6]);
    near('x^x', 1, 3, [1, 1, 1, 0.5]);
    near('(1 + x)^0.5', 0, 3, [1, 0.5, -1 / 8, 1 / 16]);
    near('x^(-2)', 1, 3, [1, -2, 3, -4]);
    near('exp(-x^2)', 0, 6, [1, 0, -1, 0, 0.5, 0, -1 / 6]);
    near('abs(x - 3)', 1, 2, [2, -1, 0]);
    near('pi*e', 0, 1, [Math.PI * Math.E, 0]);
    const e = taylorCoefficients('exp(x)', 1, 20) as number[];
    e.forEach((v, k) => expect(v).toBeCloseTo(Math.E / fact(k), 14));
  });
  it.each([
    ['log(x)', 0, 2],
    ['sqrt(x)', 0, 1],
    ['abs(x)', 0, 1],
    ['x*y', 1, 2],
    ['sin(x)', 0, -1],
    ['sin(x)', 0, 2.5],
    ['sin(x)', 0, 31],
    ['sin(x)', Infinity, 2],
  ])('taylorCoefficients(%s, %s, %s) returns { error }', (f, x0, n) => {
    const c = taylorCoefficients(f, x0, n);
    expect('error' in c && c.error.length > 0).toBe(true);
  });
  it('order 0 of abs at its kink is just the value', () => {
    expect(taylorCoefficients('abs(x)', 0, 0)).toEqual([0]);
  });
});

describe('evaluateTaylor, taylorCurve, derivative1D', () => {
  it('the order-6 polynomial of sin at 0 is within the remainder bound x⁷/7! on [−1, 1]', () => {
    const xs = Array.from({ length: 21 }, (_, i) => -1 + i / 10);
    const r = taylorCurve('sin(x)', 0, 6, xs);
    if ('error' in r) throw new Error(r.error);
    r.remainder.forEach((v, i) =>
      expect(Math.abs(v)).toBeLessThanOrEqual(Math.abs(xs[i]) ** 7 / 5040 + 1e-15),
    );
    expect(evaluateTaylor([1, 2, 3], 1, 3)).toBe(1 + 2 * 2 + 3 * 4);
  });
  it('derivative1D(f, x0) is the exact derivative', () => {
    expect(derivative1D('sin(x)', 1)).toBe(Math.cos(1));
    expect('error' in (derivative1D('log(x)', -1) as object)).toBe(true);
  });
});
