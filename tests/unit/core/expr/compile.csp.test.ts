/**
 * Under a Content Security Policy `new Function` throws an EvalError. This file (its own module
 * instance, so the remembered block does not leak into other tests) simulates that.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileExpr, compileGrid, parseExpression, parseToAst } from '../../../../src/core/index';

const RealFunction = globalThis.Function;

describe('compileExpr(ast) without options', () => {
  it('uses the interpreter: code generation is opt-in (the worker asks; the document never does)', () => {
    const r = parseToAst('x*y + sin(x)');
    if (!r.ok) throw new Error(r.error.message);
    expect(compileExpr(r.ast).codegen).toBe(false);
    expect(compileGrid(r.ast).codegen).toBe(false);
    expect(compileExpr(r.ast, { allowCodegen: true }).codegen).toBe(true);
  });
});

describe('compileExpr(ast) where new Function is forbidden', () => {
  beforeAll(() => {
    globalThis.Function = function () {
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    } as unknown as FunctionConstructor;
  });
  afterAll(() => {
    globalThis.Function = RealFunction;
  });

  it('falls back to the closure interpreter with the same results', () => {
    const r = parseToAst('(1 - x)^2 + 100*(y - x^2)^2');
    if (!r.ok) throw new Error(r.error.message);
    const expr = compileExpr(r.ast, { allowCodegen: true });
    expect(expr.codegen).toBe(false);
    expect(expr.evaluate(-0.7, 0.3)).toBeCloseTo(6.499999999999998, 12);
    expect(expr.gradient(1, 2)).toEqual([-400, 200]);
    expect(expr.hessian(1, 2)).toEqual([
      [402, -400],
      [-400, 200],
    ]);
    const grid = compileGrid(r.ast, { allowCodegen: true });
    const out = new Float64Array(4);
    grid.evalGrid([0, 1], [0, 1], out);
    expect(grid.codegen).toBe(false);
    expect(Array.from(out)).toEqual([1, 100, 101, 0]);
  });

  it('keeps parseExpression working', () => {
    const r = parseExpression('sin(x) + y');
    expect(r.ok && r.expr.evaluate(0, 2)).toBe(2);
  });
});
