import { describe, expect, it } from 'vitest';
import { hasKernels, kernelsOf, parseExpression, scratchArray, type Expr } from '../../../../src/core/index';

const handWritten: Expr = {
  evaluate: (x, y) => x * x * y,
  gradient: (x, y) => [2 * x * y, x * x],
  hessian: (x, y) => [
    [2 * y, 2 * x],
    [2 * x, 0],
  ],
};

describe('kernelsOf(expr)', () => {
  it('returns the kernels of a parsed Expr itself', () => {
    const r = parseExpression('x^2*y');
    if (!r.ok) throw new Error(r.error.message);
    expect(hasKernels(r.expr)).toBe(true);
    expect(kernelsOf(r.expr)).toBe(r.expr);
  });

  it('adapts a hand-written Expr: valueGradInto and jetInto fill the same numbers', () => {
    expect(hasKernels(handWritten)).toBe(false);
    const k = kernelsOf(handWritten);
    const g = new Float64Array(2);
    expect(k.valueGradInto(3, 2, g)).toBe(18);
    expect(Array.from(g)).toEqual([12, 9]);
    const jet = scratchArray(6);
    k.jetInto(3, 2, jet);
    expect(jet).toEqual([18, 12, 9, 4, 6, 0]);
  });
});
