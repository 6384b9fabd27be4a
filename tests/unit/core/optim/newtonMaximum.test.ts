/**
 * Issue 18 (found trying every preset at its defaults): Newton on Himmelblau from (−0.5, 0.5) climbs to the
 * local maximum near (−0.2708, −0.9230), f ≈ 181.617, and said "ran every step"; it now says it stopped at a
 * local maximum with H's eigenvalues, as a saddle point already did.
 */
import { describe, expect, it } from 'vitest';
import { curvatureAt, divergenceReason, optimizePath, parseExpression } from '../../../../src/core/index';

const HIMMELBLAU = '(x^2 + y - 11)^2 + (x + y^2 - 7)^2';

describe('divergenceReason at a maximum', () => {
  it('Newton on Himmelblau from (−0.5, 0.5): stopped at a local maximum, both eigenvalues negative', () => {
    const parsed = parseExpression(HIMMELBLAU);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const run = optimizePath(parsed.expr, 'newton', { lr: 1 }, [-0.5, 0.5], 300);
    expect(run.stop).toBe('done');
    const [x, y] = [run.path[2 * run.taken], run.path[2 * run.taken + 1]];
    const c = curvatureAt(parsed.expr, x, y);
    // Independent of the message: the end is stationary with a negative definite Hessian.
    expect(Math.hypot(...c.gradient)).toBeLessThan(1e-9);
    expect(c.eigenvalues[0]).toBeLessThan(0);
    const reason = divergenceReason(parsed.expr, 'newton', { lr: 1 }, run);
    expect(reason).toMatch(
      /^stopped at a local maximum \(H has eigenvalues -\d+(\.\d+)? ≤ -\d+(\.\d+)? < 0\)$/,
    );
  });
  it('GD at a minimum still reads as a full run (null reason)', () => {
    const parsed = parseExpression('x^2 + y^2');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const run = optimizePath(parsed.expr, 'gd', { lr: 0.1 }, [1, 1], 300);
    expect(divergenceReason(parsed.expr, 'gd', { lr: 0.1 }, run)).toBeNull();
  });
});

describe('divergenceReason on a plateau', () => {
  it('Newton on the plateau preset from (3, 2.5) walks out where ∇f and H vanish: a flat region, not a saddle', () => {
    const parsed = parseExpression('1 - exp(-(x^2 + y^2)/2)');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const run = optimizePath(parsed.expr, 'newton', { lr: 1 }, [3, 2.5], 300);
    const [x, y] = [run.path[2 * run.taken], run.path[2 * run.taken + 1]];
    const c = curvatureAt(parsed.expr, x, y);
    expect(Math.max(...c.eigenvalues.map(Math.abs))).toBeLessThan(1e-12);
    const reason = divergenceReason(parsed.expr, 'newton', { lr: 1 }, run);
    expect(reason).toMatch(/^stopped on a flat region: ∇f and H are both about 0 at \(/);
  });
});

describe('divergenceReason at a kink', () => {
  it('GD at lr 1 from (1, 1) on |x| + |y| lands on the minimum (0, 0): no message (∇f = 0 and H = 0 there too)', () => {
    const parsed = parseExpression('abs(x) + abs(y)');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const run = optimizePath(parsed.expr, 'gd', { lr: 1 }, [1, 1], 50);
    expect([run.path[2 * run.taken], run.path[2 * run.taken + 1]]).toEqual([0, 0]);
    expect(divergenceReason(parsed.expr, 'gd', { lr: 1 }, run)).toBeNull();
  });
});
