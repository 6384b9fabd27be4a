/** Issue 18: the optimizer messages after a numerical review and a student's tries. */
import { describe, expect, it } from 'vitest';
import {
  curvatureAt,
  divergenceReason,
  optimizePath,
  parseExpression,
  type Expr,
  type OptimizerName,
} from '../../../../src/core/index';
import { distinctNumbers } from '../../../../src/core/optim/diagnose';

function expr(source: string): Expr {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr;
}

function reason(source: string, method: OptimizerName, lr: number, start: [number, number], steps = 200) {
  const f = expr(source);
  const run = optimizePath(f, method, { lr }, start, steps);
  return { run, text: divergenceReason(f, method, { lr }, run) };
}

describe('the learning-rate bound is printed with enough digits to show the inequality', () => {
  it('lr 1.001 against 2/λmax = 1 on x² + y²', () => {
    const { text } = reason('x^2 + y^2', 'gd', 1.001, [1, 1], 100_000);
    expect(text).toBe('diverged: learning rate 1.001 exceeds 2/λmax = 1 here');
  });
  it('lr 0.10001 against 2/λmax = 0.1 on x² + 10y²', () => {
    const { text } = reason('x^2 + 10*y^2', 'gd', 0.10001, [2, 1], 100_000);
    expect(text).toBe('diverged: learning rate 0.10001 exceeds 2/λmax = 0.1 here');
  });
  it('distinctNumbers keeps three digits when they already differ', () => {
    expect(distinctNumbers(0.5, 0.1)).toEqual(['0.5', '0.1']);
    expect(distinctNumbers(1.0004, 1.0001)).toEqual(['1.0004', '1.0001']);
    expect(distinctNumbers(0.2, 0.19)).toEqual(['0.2', '0.19']);
  });
});

describe('a step that leaves f’s domain says so, with the point', () => {
  it('sqrt(x) + (y−1)² with GD at lr 0.5 from (0.5, 0)', () => {
    const { run, text } = reason('sqrt(x) + (y-1)^2', 'gd', 0.5, [0.5, 0]);
    expect(run.stop).toBe('diverged');
    expect(text).not.toContain('without bound');
    // GD by hand: x₁ = 0.5 − 0.5·½/√0.5, y₁ = 0 − 0.5·(−2) = 1; the second step lands at x₂ < 0.
    const x1 = 0.5 - (0.5 * 0.5) / Math.sqrt(0.5);
    const x2 = x1 - (0.5 * 0.5) / Math.sqrt(x1);
    expect(x2).toBeLessThan(0);
    const n = (v: number) => Number(v.toPrecision(3));
    expect(text).toBe(
      `stopped: step 2 left f's domain, from (${n(x1)}, 1) to (${n(x2)}, 1), where f is not a real number`,
    );
    expect(run.taken).toBe(1);
  });
  it('log(x) + y² from (1, 1)', () => {
    const { text } = reason('log(x) + y^2', 'gd', 0.1, [1, 1], 500);
    expect(text).toMatch(
      /^stopped: step \d+ left f's domain, from \([\d.]+, [\d.e-]+\) to \(-[\d.]+, [\d.e-]+\)/,
    );
  });
});

describe('Newton at a saddle or unconverged says so (not "ran every step")', () => {
  it('sin(xy) + x² from (0.5, 1): stopped at a saddle point with the eigenvalues', () => {
    const f = expr('sin(x*y) + x^2');
    const run = optimizePath(f, 'newton', { lr: 1 }, [0.5, 1], 100);
    expect(run.stop).toBe('done');
    const end = [run.path[2 * run.taken], run.path[2 * run.taken + 1]] as const;
    expect(Math.hypot(...end)).toBeLessThan(1e-9); // the saddle (0, 0)
    const [l1, l2] = curvatureAt(f, end[0], end[1]).eigenvalues;
    expect(l2).toBeLessThan(0);
    expect(divergenceReason(f, 'newton', { lr: 1 }, run)).toBe(
      `stopped at a saddle point (H has eigenvalues ${Number(l2.toPrecision(3))} < 0 < ${Number(l1.toPrecision(3))})`,
    );
  });
  it('Newton that has not converged after its steps says it did not converge', () => {
    const f = expr('x^4 + y^4');
    const run = optimizePath(f, 'newton', { lr: 1 }, [3, 2], 5);
    expect(run.stop).toBe('done');
    expect(divergenceReason(f, 'newton', { lr: 1 }, run)).toMatch(
      /^ran every step but did not converge: ‖∇f‖ = [\d.]+ at the end$/,
    );
  });
  it('a run that converged to a minimum still has no reason', () => {
    const f = expr('x^2 + y^2');
    expect(
      divergenceReason(f, 'newton', { lr: 1 }, optimizePath(f, 'newton', { lr: 1 }, [1, 1], 10)),
    ).toBeNull();
    expect(
      divergenceReason(f, 'gd', { lr: 0.1 }, optimizePath(f, 'gd', { lr: 0.1 }, [1, 1], 500)),
    ).toBeNull();
  });
});
