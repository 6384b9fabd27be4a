import { describe, expect, it } from 'vitest';
import {
  constraintGeometry,
  kktPoints,
  penaltyMethod,
  projectOntoSet,
  projectToConstraint,
  projectedGradientDescent,
} from '../../../../src/core/index';

const d = { xmin: -3, xmax: 3, ymin: -3, ymax: 3 };

describe('constraintGeometry(f, g, x, y)', () => {
  it('at the constrained maximum of x + y on the unit circle the gradients are parallel (angle 0, λ = 1/√2)', () => {
    const s = Math.SQRT1_2;
    const r = constraintGeometry('x + y', 'x^2 + y^2', s, s);
    if ('error' in r) throw new Error(r.error);
    expect(r.angle).toBeCloseTo(0, 12);
    expect(r.lambda).toBeCloseTo(s, 12);
    expect(r.residual).toBeCloseTo(0, 12);
  });
  it('elsewhere on the curve the angle is not 0: at (1, 0) it is 45°', () => {
    const r = constraintGeometry('x + y', 'x^2 + y^2', 1, 0);
    if ('error' in r) throw new Error(r.error);
    expect(r.angle).toBeCloseTo(Math.PI / 4, 12);
  });
  it('returns { error } where ∇g = 0 or f is undefined', () => {
    expect('error' in constraintGeometry('x', 'x^2 + y^2', 0, 0)).toBe(true);
    expect('error' in constraintGeometry('log(x)', 'x + y', -1, 0)).toBe(true);
  });
});

describe('projectToConstraint(g, c, x, y)', () => {
  it('lands on the circle along the normal', () => {
    const p = projectToConstraint('x^2 + y^2', 4, 3, 0.3);
    if ('error' in p) throw new Error(p.error);
    expect(p.x * p.x + p.y * p.y).toBeCloseTo(4, 12);
    expect(p.y / p.x).toBeCloseTo(0.1, 2);
  });
});

describe('kktPoints(f, g, c, domain): min f subject to g ≤ c', () => {
  it('active: the minimum of (x−2)² + (y−2)² on the unit disc is on the circle with μ > 0', () => {
    const r = kktPoints('(x-2)^2 + (y-2)^2', 'x^2 + y^2', 1, d);
    if ('error' in r) throw new Error(r.error);
    expect(r.points).toHaveLength(1);
    const [p] = r.points;
    expect(p.active).toBe(true);
    expect(p.x).toBeCloseTo(Math.SQRT1_2, 9);
    expect(p.mu).toBeCloseTo(2 * Math.SQRT2 - 1, 9);
  });
  it('inactive: the unconstrained minimum inside the disc has μ = 0', () => {
    const r = kktPoints('(x-0.2)^2 + y^2', 'x^2 + y^2', 1, d);
    if ('error' in r) throw new Error(r.error);
    expect(r.points).toHaveLength(1);
    expect(r.points[0]).toMatchObject({ active: false, mu: 0 });
    expect(r.points[0].x).toBeCloseTo(0.2, 9);
  });
});

describe('projected gradient descent and the penalty method', () => {
  it('projectOntoSet is exact for a box, a disc and a line', () => {
    expect(projectOntoSet({ kind: 'box', xmin: 0, xmax: 1, ymin: 0, ymax: 1 }, 2, -1)).toEqual([1, 0]);
    const [x, y] = projectOntoSet({ kind: 'disc', cx: 0, cy: 0, r: 2 }, 3, 4);
    expect([x, y]).toEqual([1.2, 1.6]);
    const [u, v] = projectOntoSet({ kind: 'line', a: 1, b: 1, c: 1 }, 0, 0);
    expect([u, v]).toEqual([0.5, 0.5]);
  });
  it('projected GD on x² + y² over the line x + y = 1 reaches (½, ½); every iterate is feasible', () => {
    const r = projectedGradientDescent('x^2 + y^2', { kind: 'line', a: 1, b: 1, c: 1 }, [2, 0], 0.1, 200);
    if ('error' in r) throw new Error(r.error);
    expect(r.stop).toBe('done');
    for (let i = 0; i <= r.taken; i++) expect(r.path[2 * i] + r.path[2 * i + 1]).toBeCloseTo(1, 12);
    expect(r.path[2 * r.taken]).toBeCloseTo(0.5, 9);
  });
  it('projected GD stops where f is undefined, with the reason', () => {
    const r = projectedGradientDescent(
      'log(x)',
      { kind: 'box', xmin: -1, xmax: 1, ymin: -1, ymax: 1 },
      [-0.5, 0],
      0.1,
      5,
    );
    expect('error' in r ? r.error : r.stop).toBe('undefined');
  });
  it('the penalty method approaches the constrained minimum of x + y on the unit circle as μ grows', () => {
    const r = penaltyMethod('x + y', 'x^2 + y^2', 1, 'equality', [0.5, 0], { lr: 0.2, steps: 400 });
    if ('error' in r) throw new Error(r.error);
    const x = r.path[2 * r.taken];
    const y = r.path[2 * r.taken + 1];
    expect(x).toBeCloseTo(-Math.SQRT1_2, 2);
    expect(y).toBeCloseTo(-Math.SQRT1_2, 2);
    expect(r.mu[r.taken]).toBeGreaterThan(r.mu[0]);
  });
  it('returns { error } for bad options', () => {
    expect(
      'error' in projectedGradientDescent('x', { kind: 'disc', cx: 0, cy: 0, r: -1 }, [0, 0], 0.1, 5),
    ).toBe(true);
    expect('error' in penaltyMethod('x', 'y', 0, 'equality', [0, 0], { lr: 0, steps: 5 })).toBe(true);
  });
});
