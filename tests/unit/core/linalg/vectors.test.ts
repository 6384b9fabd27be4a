// vectorNorm against tests/fixtures/ml.json (1e-12 relative), and the vector helpers of the
// "Vectors" and "Norms" views.
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/ml.json';
import {
  cosineSimilarity,
  crossProduct,
  unitBallBoundary,
  vectorAngle,
  vectorNorm,
} from '../../../../src/core/linalg/index';
import { expectClose } from '../deep/close';

interface NormCase {
  v: number[];
  p: (number | 'Infinity')[];
  norm: number[];
}
const cases = (fixture as unknown as { linearAlgebra: { vectorNorm: NormCase[] } }).linearAlgebra.vectorNorm;

describe('vectorNorm(v, p) against the fixtures', () => {
  it.each(cases.map((c) => [JSON.stringify(c.v), c] as const))('v = %s', (_, c) => {
    c.p.forEach((p, i) => {
      const value = vectorNorm(c.v, p === 'Infinity' ? Infinity : p);
      expectClose(value, c.norm[i], 1e-12, 0, `p = ${p}`);
    });
  });

  it('accepts a Float64Array and does not overflow for entries near the double limit', () => {
    expect(vectorNorm(new Float64Array([3, -4]), 2)).toBe(5);
    expectClose(vectorNorm([3e300, 4e300], 2), 5e300, 1e-15, 0, 'p = 2');
    expectClose(vectorNorm([3e300, 4e300], 3), 4.497941445275415e300, 1e-12, 0, 'p = 3');
    expectClose(vectorNorm([3e-300, 4e-300], 1.5), 5.584250376480029e-300, 1e-12, 0, 'p = 1.5');
  });

  it('p = 0.5 is returned (not a norm: the triangle inequality fails)', () => {
    const u = [1, 0];
    const v = [0, 1];
    expect(vectorNorm([1, 1], 0.5)).toBeCloseTo(4, 12);
    expect(vectorNorm([1, 1], 0.5)).toBeGreaterThan(vectorNorm(u, 0.5) + vectorNorm(v, 0.5));
  });

  it.each([[0], [-1], [NaN]])('throws a RangeError for p = %s', (p) => {
    expect(() => vectorNorm([1, 2], p)).toThrow(RangeError);
  });

  it('throws a RangeError for a non-finite entry', () => {
    expect(() => vectorNorm([1, Infinity], 2)).toThrow(RangeError);
  });
});

describe('crossProduct, cosineSimilarity, vectorAngle', () => {
  it('e₁ × e₂ = e₃ and |u × v| is the parallelogram area |u||v| sin θ', () => {
    expect(crossProduct([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
    const u = [1, 2, 3];
    const v = [-2, 0.5, 4];
    const w = crossProduct(u, v);
    expectClose(
      vectorNorm(w, 2),
      vectorNorm(u, 2) * vectorNorm(v, 2) * Math.sin(vectorAngle(u, v)),
      1e-12,
      0,
      'area',
    );
    expect(w[0] * u[0] + w[1] * u[1] + w[2] * u[2]).toBeCloseTo(0, 12);
  });

  it('cosineSimilarity([1, 0], [1, 1]) = 1/√2; angle 45°; the zero vector gives NaN', () => {
    expectClose(cosineSimilarity([1, 0], [1, 1]), Math.SQRT1_2, 1e-15, 0, 'cos');
    expectClose(vectorAngle([1, 0], [1, 1]), Math.PI / 4, 1e-15, 0, 'angle');
    expect(cosineSimilarity([0, 0], [1, 1])).toBeNaN();
    expect(vectorAngle([0, 0], [1, 1])).toBeNaN();
  });

  it('vectorAngle resolves tiny angles that acos(cos θ) rounds to 0', () => {
    expectClose(vectorAngle([1, 0], [1, 1e-10]), 1e-10, 1e-9, 0, 'angle');
    expectClose(vectorAngle([1, 0], [-1, 1e-10]), Math.PI - 1e-10, 1e-15, 0, 'angle');
  });

  it('throws a RangeError for the cross product outside ℝ³', () => {
    expect(() => crossProduct([1, 0], [0, 1])).toThrow(RangeError);
  });
});

describe('unitBallBoundary(p, count)', () => {
  it.each([[1], [2], [3], [Infinity], [0.5]])('every point has p-norm 1 for p = %s', (p) => {
    for (const pt of unitBallBoundary(p, 64)) expectClose(vectorNorm(pt, p), 1, 1e-12, 0, 'norm');
  });
});
