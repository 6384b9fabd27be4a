import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/expressions.json';
import { compileExpr, parseExpression, parseToAst, type Expr } from '../../../../src/core/index';

/** |a − b| ≤ rel·max(|b|, floor/rel): relative error with an absolute floor. */
function expectClose(actual: number, expected: number, rel: number, floor = 0): void {
  const tol = Math.max(rel * Math.abs(expected), floor);
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

function compiled(source: string, allowCodegen: boolean): Expr {
  const r = parseToAst(source);
  if (!r.ok) throw new Error(r.error.message);
  return compileExpr(r.ast, { allowCodegen });
}

describe.each([
  ['generated code', true],
  ['closure interpreter', false],
])('fixtures through the %s', (_name, allowCodegen) => {
  describe.each(fixtures.cases)('$expr', (c) => {
    const expr = compiled(c.expr, allowCodegen);
    it.each(c.points.map((p, k) => [p[0], p[1], k] as const))(
      'evaluate/gradient/hessian(%d, %d)',
      (x, y, k) => {
        const value = c.values[k];
        if (value === null) {
          expect(expr.evaluate(x, y)).toBeNaN();
          return;
        }
        expectClose(expr.evaluate(x, y), value, 1e-9);
        const g = expr.gradient(x, y);
        const h = expr.hessian(x, y);
        const eg = c.gradients[k] as number[];
        const eh = c.hessians[k] as number[][];
        for (const i of [0, 1]) {
          expectClose(g[i], eg[i], 1e-9, 1e-9);
          for (const j of [0, 1]) expectClose(h[i][j], eh[i][j], 1e-8, 1e-8);
        }
      },
    );
  });
});

describe('parseExpression(source)', () => {
  it('returns an Expr for valid text', () => {
    const r = parseExpression('x^2 + 10*y^2');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.expr.evaluate(1, 2)).toBe(41);
  });

  it.each(fixtures.invalid)('rejects %j with a message and a span inside the text', (source) => {
    const r = parseExpression(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.length).toBeGreaterThan(5);
    expect(r.error.start).toBeGreaterThanOrEqual(0);
    expect(r.error.end).toBeGreaterThanOrEqual(r.error.start);
    expect(r.error.end).toBeLessThanOrEqual(source.length);
  });

  it('gives NaN where the value is not real: sqrt(-1), log(-1), (-8)^(1/3)', () => {
    for (const s of ['sqrt(x)', 'log(x)', 'x^(1/3)']) {
      const r = parseExpression(s);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.expr.evaluate(-1, 0)).toBeNaN();
    }
  });

  it('squares a negative base exactly: x^2 at x = −3 is 9 and x^3 is −27', () => {
    const r = parseExpression('x^2 + y^3');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.expr.evaluate(-3, -3)).toBe(9 - 27);
    expect(r.expr.gradient(-3, -3)).toEqual([-6, 27]);
  });

  it('follows the grammar: -2^2 = -4, 2^-1 = 0.5, 2^3^2 = 512, 1 - 2 - 3 = -4, 8/4/2 = 1', () => {
    const value = (s: string) => {
      const r = parseExpression(s);
      if (!r.ok) throw new Error(r.error.message);
      return r.expr.evaluate(0, 0);
    };
    expect(value('-2^2')).toBe(-4);
    expect(value('2^-1')).toBe(0.5);
    expect(value('2^3^2')).toBe(512);
    expect(value('1 - 2 - 3')).toBe(-4);
    expect(value('8/4/2')).toBe(1);
    expect(value('-x^2 + pi - e')).toBeCloseTo(Math.PI - Math.E, 15);
  });

  it('differentiates x^y, 2^x and abs through their own rules', () => {
    const r = parseExpression('x^y + 2^x + abs(x*y)');
    if (!r.ok) throw new Error(r.error.message);
    const [x, y] = [1.5, 2.5];
    const [gx, gy] = r.expr.gradient(x, y);
    expectClose(gx, y * x ** (y - 1) + Math.LN2 * 2 ** x + y, 1e-12);
    expectClose(gy, Math.log(x) * x ** y + x, 1e-12);
    const [[hxx, hxy], [hyx, hyy]] = r.expr.hessian(x, y);
    expectClose(hxx, y * (y - 1) * x ** (y - 2) + Math.LN2 ** 2 * 2 ** x, 1e-12);
    expectClose(hxy, x ** (y - 1) * (1 + y * Math.log(x)) + 1, 1e-12);
    expect(hyx).toBe(hxy);
    expectClose(hyy, Math.log(x) ** 2 * x ** y, 1e-12);
  });
});
