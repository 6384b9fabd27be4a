import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvatureAt, parseExpression, symmetricEigen2, type Expr } from '../../../../src/core/index';

/** Fixed so that a failure reproduces; change it to explore other random cases. */
const SEED = 20240611;

function expr(source: string): Expr {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr;
}

describe('symmetricEigen2(a, b, c)', () => {
  it('returns λ₁ ≥ λ₂ and unit, orthogonal eigenvectors with A v = λ v (random symmetric matrices)', () => {
    const entry = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(entry, entry, entry, (a, b, c) => {
        const { values, vectors } = symmetricEigen2(a, b, c);
        const scale = Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c));
        expect(values[0]).toBeGreaterThanOrEqual(values[1]);
        expect(Math.abs(values[0] + values[1] - (a + c))).toBeLessThanOrEqual(1e-12 * scale);
        vectors.forEach(([vx, vy], k) => {
          expect(Math.abs(Math.hypot(vx, vy) - 1)).toBeLessThanOrEqual(1e-14);
          expect(Math.abs(a * vx + b * vy - values[k] * vx)).toBeLessThanOrEqual(1e-10 * scale);
          expect(Math.abs(b * vx + c * vy - values[k] * vy)).toBeLessThanOrEqual(1e-10 * scale);
        });
        expect(Math.abs(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1])).toBeLessThanOrEqual(
          1e-15,
        );
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('keeps a tiny eigenvalue accurate next to a large one (no cancellation)', () => {
    const { values } = symmetricEigen2(1e8, 1, 1e-8 + 1e-8);
    expect(values[1]).toBeCloseTo((1e8 * 2e-8 - 1) / values[0], 20);
  });
});

describe('curvatureAt(expr, x, y)', () => {
  it('reads x² + 10y²: λ = 20, 2; condition 10; a minimum; GD stable for η < 0.1', () => {
    const c = curvatureAt(expr('x^2 + 10*y^2'), 1, 1);
    expect(c.value).toBe(11);
    expect(c.gradient).toEqual([2, 20]);
    expect(c.eigenvalues).toEqual([20, 2]);
    expect(c.eigenvectors[0].map(Math.abs)).toEqual([0, 1]);
    expect(c.condition).toBe(10);
    expect(c.kind).toBe('minimum');
    expect(c.maxStableStep).toBe(0.1);
  });

  it.each([
    ['-x^2 - y^2', 'maximum'],
    ['x^2 - y^2', 'saddle'],
    ['x*y', 'saddle'],
    ['x^2', 'degenerate'],
    ['x + y', 'degenerate'],
  ] as const)('classifies %s at the origin as a %s', (source, kind) => {
    expect(curvatureAt(expr(source), 0, 0).kind).toBe(kind);
  });

  it('reports Infinity as the stable step where no direction curves up, and for a singular Hessian an infinite condition', () => {
    const c = curvatureAt(expr('-x^2 - y^2'), 0, 0);
    expect(c.maxStableStep).toBe(Infinity);
    expect(curvatureAt(expr('x^2'), 0, 0).condition).toBe(Infinity);
  });

  it('gives the Rosenbrock Hessian at (1, 1): [[802, −400], [−400, 200]]', () => {
    const c = curvatureAt(expr('(1 - x)^2 + 100*(y - x^2)^2'), 1, 1);
    expect(c.hessian).toEqual([
      [802, -400],
      [-400, 200],
    ]);
    const [l1, l2] = c.eigenvalues;
    expect(l1 + l2).toBeCloseTo(1002, 10);
    expect(l1 * l2).toBeCloseTo(802 * 200 - 400 * 400, 8);
    expect(c.condition).toBeCloseTo(l1 / l2, 8);
  });
});
