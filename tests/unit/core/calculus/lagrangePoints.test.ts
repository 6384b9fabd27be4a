import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import { lagrangePoints, type PlaneDomain, type LagrangePoint } from '../../../../src/core/index';

type Case = {
  f: string;
  g: string;
  c: number;
  domain: PlaneDomain;
  points?: LagrangePoint[];
  error?: boolean;
};
const cases = fixtures.calculus.lagrangePoints as Case[];

/** |a − b| ≤ tol·max(1, |b|): the README's 1e-9 for x, y and 1e-8 for λ, f. */
function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
}

describe('lagrangePoints(f, g, c, domain) against the SymPy fixtures', () => {
  for (const k of cases.filter((k) => !k.error))
    it(`lagrangePoints(${k.f}, ${k.g}, ${k.c}) finds ${k.points!.length} points in order`, () => {
      const r = lagrangePoints(k.f, k.g, k.c, k.domain);
      if ('error' in r) throw new Error(r.error);
      expect(r.points).toHaveLength(k.points!.length);
      r.points.forEach((p, i) => {
        const q = k.points![i];
        expect(close(p.x, q.x, 1e-9), `x of point ${i}: ${p.x} vs ${q.x}`).toBe(true);
        expect(close(p.y, q.y, 1e-9), `y of point ${i}: ${p.y} vs ${q.y}`).toBe(true);
        expect(close(p.lambda, q.lambda, 1e-8), `λ of point ${i}: ${p.lambda} vs ${q.lambda}`).toBe(true);
        expect(close(p.f, q.f, 1e-8), `f of point ${i}`).toBe(true);
        expect(p.kind).toBe(q.kind);
      });
    });

  for (const k of cases.filter((k) => k.error))
    it(`lagrangePoints(${k.f}, …) returns a message`, () => {
      const r = lagrangePoints(k.f, k.g, k.c, k.domain);
      expect('error' in r && r.error.length > 0).toBe(true);
    });
});

describe('lagrangePoints errors and edge cases', () => {
  const d = { xmin: -2, xmax: 2, ymin: -2, ymax: 2 };
  it.each([
    ['x +', 'x^2 + y^2', 1, d],
    ['x', 'y +* 2', 1, d],
    ['x', 'x^2 + y^2', NaN, d],
    ['x', 'x^2 + y^2', 1, { ...d, xmax: -3 }],
    ['x', 'x^2 + y^2', 1, { ...d, ymin: Infinity }],
  ])('lagrangePoints(%s, %s, %s, domain) returns { error } and does not throw', (f, g, c, dom) => {
    const r = lagrangePoints(f, g, c, dom);
    expect('error' in r && typeof r.error === 'string' && r.error.length > 0).toBe(true);
  });

  it('names the expression that does not parse', () => {
    const r = lagrangePoints('x', 'y +* 2', 1, d);
    expect('error' in r && r.error.startsWith('g:')).toBe(true);
  });

  it('a whole arc of critical points (f = g) is refused with a message', () => {
    const r = lagrangePoints('x^2 + y^2', 'x^2 + y^2', 1, d);
    expect('error' in r).toBe(true);
  });

  it('a constraint that misses the domain gives no points', () => {
    const r = lagrangePoints('x + y', 'x^2 + y^2', 100, d);
    expect(r).toEqual({ points: [] });
  });

  it('λ is d(f*)/dc: the constrained maximum of x + y on x² + y² = c moves by λ·dc', () => {
    const at = (c: number) => {
      const r = lagrangePoints('x + y', 'x^2 + y^2', c, d);
      if ('error' in r) throw new Error(r.error);
      return r.points.find((p) => p.kind === 'max')!;
    };
    const h = 1e-5;
    const slope = (at(1 + h).f - at(1 - h).f) / (2 * h);
    expect(slope).toBeCloseTo(at(1).lambda, 8);
  });

  it('non-polynomial f and g: cos(x) + y on the ellipse x²/4 + y² = 1', () => {
    const r = lagrangePoints('cos(x) + y', 'x^2/4 + y^2', 1, { xmin: -3, xmax: 3, ymin: -2, ymax: 2 });
    if ('error' in r) throw new Error(r.error);
    for (const p of r.points) {
      // ∇f = λ∇g and g = c at every returned point.
      expect(-Math.sin(p.x) - p.lambda * (p.x / 2)).toBeCloseTo(0, 10);
      expect(1 - p.lambda * 2 * p.y).toBeCloseTo(0, 10);
      expect((p.x * p.x) / 4 + p.y * p.y).toBeCloseTo(1, 12);
    }
    expect(r.points.some((p) => p.kind === 'max')).toBe(true);
    expect(r.points.some((p) => p.kind === 'min')).toBe(true);
  });
});
