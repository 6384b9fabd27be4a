import { describe, expect, it } from 'vitest';
import {
  divergenceReason,
  optimizePath,
  parseExpression,
  startProblem,
  type Expr,
  type OptimizerName,
} from '../../../../src/core/index';

function expr(source: string): Expr {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr;
}

function reason(
  source: string,
  method: OptimizerName,
  lr: number | undefined,
  start: [number, number],
  steps = 200,
) {
  const f = expr(source);
  const config = lr === undefined ? {} : { lr };
  return divergenceReason(f, method, config, optimizePath(f, method, config, start, steps));
}

describe('divergenceReason(expr, method, config, run)', () => {
  it('is null for a run that completed', () => {
    expect(reason('x^2 + y^2', 'gd', 0.1, [1, 1])).toBeNull();
  });

  it('names the GD stability bound 2/λmax at the start', () => {
    expect(reason('x^2 + 10*y^2', 'gd', 0.5, [2, 1])).toBe(
      'diverged: learning rate 0.5 exceeds 2/λmax = 0.1 here',
    );
  });

  it('uses the momentum bounds 2(1+μ)/λmax and 2(1+μ)/((1+2μ)λmax)', () => {
    expect(reason('x^2 + 10*y^2', 'momentum', 0.2, [2, 1])).toBe(
      'diverged: learning rate 0.2 exceeds 2(1+μ)/λmax = 0.19 here',
    );
    expect(reason('x^2 + 10*y^2', 'nesterov', 0.1, [2, 1])).toBe(
      'diverged: learning rate 0.1 exceeds 2(1+μ)/((1+2μ)λmax) = 0.0679 here',
    );
  });

  it('explains a loss unbounded below', () => {
    const r = reason('x^2 - y^2', 'adam', 0.5, [2, 1], 100_000);
    expect(r).toContain('diverged');
    expect(r).toContain('without bound');
  });

  it('explains a Newton stop at a singular Hessian', () => {
    expect(reason('x^4 + y^2', 'newton', undefined, [0, 1])).toBe(
      'stopped: the Hessian is singular at (0, 1), so the Newton step H⁻¹∇f is undefined',
    );
  });

  it('mentions a start point where f is not real', () => {
    expect(reason('sqrt(x)', 'gd', 0.1, [-1, 0])).toBe('diverged: f is not a real number at the start point');
  });
});

describe('startProblem(expr, start)', () => {
  const f = (source: string) => {
    const r = parseExpression(source);
    if (!r.ok) throw new Error(source);
    return r.expr;
  };
  it('is null where f is finite', () => {
    expect(startProblem(f('log(x) + y^2'), [1, 2])).toBeNull();
  });
  it('names a start outside the domain (NaN) and one where f overflows (±∞)', () => {
    expect(startProblem(f('log(x) + y^2'), [-1.5, 2])).toBe(
      "f(-1.5, 2) is not a real number: the start is outside f's domain; pick another start",
    );
    expect(startProblem(f('exp(exp(x))'), [1000, 0])).toMatch(/^f\(1000, 0\) overflows to \+∞/);
    expect(startProblem(f('-exp(exp(x))'), [1000, 0])).toMatch(/overflows to −∞/);
  });
});
