/**
 * Numerical review (issue 18): automatic differentiation gave NaN where the derivative exists, at
 * powers whose base is 0. Expected values are the textbook derivatives, checked in both back ends
 * (generated code and the closure interpreter) and in the backprop graph.
 */
import { describe, expect, it } from 'vitest';
import { compileExpr, computationGraph, parseToAst } from '../../../../src/core/index';

const ast = (s: string) => {
  const r = parseToAst(s);
  if (!r.ok) throw new Error(r.error.message);
  return r.ast;
};

/** [f, f_x, f_y, f_xx, f_xy, f_yy] at (x, y) from each back end. */
function jets(s: string, x: number, y: number): number[][] {
  return [true, false].map((codegen) => {
    const e = compileExpr(ast(s), { allowCodegen: codegen });
    expect(e.codegen).toBe(codegen);
    const out = new Float64Array(6);
    e.jetInto(x, y, out);
    const [gx, gy] = e.gradient(x, y);
    // The order-1 kernel must agree with the order-2 one.
    expect([gx, gy]).toEqual([out[1], out[2]]);
    return Array.from(out);
  });
}

describe('powers at a zero base: no 0·∞', () => {
  it.each([
    // expression, point, [f, fx, fy, fxx, fxy, fyy]
    ['x^0', 0, 0, [1, 0, 0, 0, 0, 0]],
    ['x^1', 0, 0, [0, 1, 0, 0, 0, 0]],
    ['(x^2+y^2)^1', 0, 0, [0, 0, 0, 2, 0, 2]],
    ['(x^2+y^2)^1.5', 0, 0, [0, 0, 0, 0, 0, 0]],
    ['(x^2+y^2)^3', 0, 0, [0, 0, 0, 0, 0, 0]],
    ['0^x', 2, 0, [0, 0, 0, 0, 0, 0]],
    ['x^y', 0, 2, [0, 0, 0, 2, 0, 0]],
    ['x^y', 0, 3, [0, 0, 0, 0, 0, 0]],
  ])('%s at (%s, %s)', (s, x, y, want) => {
    for (const got of jets(s, x, y)) got.forEach((v, i) => expect(v, `component ${i}`).toBe(want[i]));
  });

  it('the same rules away from zero agree with the usual formulas', () => {
    const [got] = jets('x^y', 1.3, 2.2);
    const f = 1.3 ** 2.2;
    const l = Math.log(1.3);
    const want = [f, 2.2 * 1.3 ** 1.2, f * l, 2.2 * 1.2 * 1.3 ** 0.2, 1.3 ** 1.2 * (1 + 2.2 * l), f * l * l];
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 12));
    const [r] = jets('(x^2+y^2)^1.5', 0.3, -0.4); // r³: ∂x = 3 r x, ∂xx = 3 (r + x²/r)
    expect(r[1]).toBeCloseTo(3 * 0.5 * 0.3, 14);
    expect(r[3]).toBeCloseTo(3 * (0.5 + 0.09 / 0.5), 14);
    const [b] = jets('2^x', 1, 0);
    expect(b[1]).toBeCloseTo(2 * Math.LN2, 14);
  });

  it('where no derivative exists it stays non-finite: sqrt(x^2+y^2) and x^0.5 at 0', () => {
    const [r] = jets('(x^2+y^2)^0.5', 0, 0);
    expect(Number.isFinite(r[3])).toBe(false);
    const [h] = jets('x^0.5', 0, 1);
    expect(Number.isFinite(h[1])).toBe(false);
    const [p] = jets('(x^2+y^2)^0.75', 0, 0); // r^1.5: gradient 0, no Hessian
    expect([p[1], p[2]]).toEqual([0, 0]);
    expect(Number.isFinite(p[3])).toBe(false);
  });

  it('the backprop graph gives x^0 at 0 the gradient 0 and x^y at (0, 2) the gradient (0, 0)', () => {
    expect(computationGraph(ast('x^0'), 0, 0).gradient).toEqual([0, 0]);
    expect(computationGraph(ast('x^y'), 0, 2).gradient).toEqual([0, 0]);
  });
});
