// The calculus core against tests/fixtures/calculus2.json (SymPy, tests/fixtures/scripts/calculus2.py).
import { describe, expect, it } from 'vitest';
import refs from '../../../fixtures/calculus2.json';
import { finiteDifference, lagrangePoints, taylorCoefficients } from '../../../../src/core/index';

/** |a − b| ≤ tol·max(1, |b|). */
const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe('lagrangePoints against SymPy (x, y to 1e-9; λ, f to 1e-8)', () => {
  for (const k of refs.lagrangePoints)
    it(`${k.f} on ${k.g} = ${k.c}: ${k.points.length} points (${k.points.map((p) => p.kind).join(', ')})`, () => {
      const r = lagrangePoints(k.f, k.g, k.c, k.domain);
      if ('error' in r) throw new Error(r.error);
      expect(r.points.map((p) => p.kind)).toEqual(k.points.map((p) => p.kind));
      r.points.forEach((p, i) => {
        const q = k.points[i];
        expect(close(p.x, q.x, 1e-9), `x of point ${i}: ${p.x} vs ${q.x}`).toBe(true);
        expect(close(p.y, q.y, 1e-9), `y of point ${i}: ${p.y} vs ${q.y}`).toBe(true);
        expect(close(p.lambda, q.lambda, 1e-8), `λ of point ${i}: ${p.lambda} vs ${q.lambda}`).toBe(true);
        expect(close(p.f, q.f, 1e-8), `f of point ${i}: ${p.f} vs ${q.f}`).toBe(true);
      });
    });

  it('the references hold a case with a maximum and a minimum, and one with four critical points', () => {
    const kinds = refs.lagrangePoints.map((k) =>
      k.points
        .map((p) => p.kind)
        .sort()
        .join(),
    );
    expect(kinds).toContain('max,min');
    expect(refs.lagrangePoints.some((k) => k.points.length === 4)).toBe(true);
  });
});

describe('taylorCoefficients against SymPy (1e-9 relative, floor 1e-12 of the largest)', () => {
  for (const k of refs.taylorCoefficients)
    it(`${k.f} at ${k.x0}, order ${k.order}`, () => {
      const c = taylorCoefficients(k.f, k.x0, k.order);
      if ('error' in c) throw new Error(c.error);
      expect(c).toHaveLength(k.order + 1);
      const floor = 1e-12 * Math.max(...k.coefficients.map(Math.abs));
      c.forEach((v, i) =>
        expect(
          Math.abs(v - k.coefficients[i]),
          `coefficient ${i}: ${v} vs ${k.coefficients[i]}`,
        ).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(k.coefficients[i]), floor)),
      );
    });
});

describe('finiteDifference against SymPy at several h', () => {
  for (const k of refs.finiteDifference)
    for (const scheme of ['forward', 'central'] as const)
      it(`${k.f} at ${k.x0}, ${scheme}, h = ${k.h.join(', ')}`, () => {
        k.h.forEach((h, i) => {
          const q = finiteDifference(k.f, k.x0, h, scheme);
          if (typeof q !== 'number') throw new Error(q.error);
          const want = k[scheme][i];
          // float64 round-off in f(x0 ± h) is amplified by 1/h: allow 4ε·max|f|/h on top of 1e-9.
          const roundOff = (4 * Number.EPSILON * Math.max(1, Math.abs(want))) / h;
          expect(Math.abs(q - want), `h = ${h}: ${q} vs ${want}`).toBeLessThanOrEqual(
            1e-9 * Math.abs(want) + roundOff,
          );
        });
      });

  it('the forward error falls like h and the central like h² (from the references alone)', () => {
    const k = refs.finiteDifference[0];
    const eF = k.h.map((_, i) => Math.abs(k.forward[i] - k.derivative));
    const eC = k.h.map((_, i) => Math.abs(k.central[i] - k.derivative));
    expect(eF[2] / eF[3]).toBeCloseTo(10, 0);
    expect(eC[2] / eC[3]).toBeGreaterThan(90);
  });
});
