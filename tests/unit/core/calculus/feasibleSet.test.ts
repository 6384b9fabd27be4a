import { describe, expect, it } from 'vitest';
import { feasibleSetOf, projectOntoSet, projectedGradientDescent } from '../../../../src/core';

const domain = { xmin: -3, xmax: 3, ymin: -2, ymax: 4 };

describe('feasibleSetOf: the constraints whose projection is exact, however g is written', () => {
  it('an affine g with equality is a line a·x + b·y = c − d', () => {
    const s = feasibleSetOf('2*x - y + 1', 3, 'eq', domain);
    expect(s).toMatchObject({ kind: 'line', a: 2, b: -1 });
    if (!('kind' in s) || s.kind !== 'line') throw new Error('not a line');
    expect(s.c).toBeCloseTo(2, 12);
    // The projection of a point lands on 2x − y + 1 = 3.
    const [x, y] = projectOntoSet(s, 0.3, -1.7);
    expect(2 * x - y + 1).toBeCloseTo(3, 12);
  });

  it('a scaled, shifted square distance is a disc (≤) or a circle (=) with the right centre and radius', () => {
    const disc = feasibleSetOf('3*((x-1)^2 + (y+0.5)^2) + 2', 14, 'le', domain);
    expect(disc).toMatchObject({ kind: 'disc' });
    if (!('kind' in disc) || disc.kind !== 'disc') throw new Error('not a disc');
    expect(disc.cx).toBeCloseTo(1, 10);
    expect(disc.cy).toBeCloseTo(-0.5, 10);
    expect(disc.r).toBeCloseTo(2, 10);
    const circle = feasibleSetOf('x^2 + y^2', 4, 'eq', domain);
    expect(circle).toMatchObject({ kind: 'circle' });
    const [px, py] = projectOntoSet(circle as never, 0.1, 0.3);
    expect(Math.hypot(px, py)).toBeCloseTo(2, 12);
  });

  it('k·|x − a| + d ≤ c is a band, clipped to the domain as a box', () => {
    const s = feasibleSetOf('2*abs(x - 1) + 1', 3, 'le', domain);
    expect(s).toMatchObject({ kind: 'box', ymin: -2, ymax: 4 });
    if (!('kind' in s) || s.kind !== 'box') throw new Error('not a box');
    expect(s.xmin).toBeCloseTo(0, 10);
    expect(s.xmax).toBeCloseTo(2, 10);
    const y = feasibleSetOf('abs(y)', 1, 'le', domain);
    expect(y).toMatchObject({ kind: 'box', xmin: -3, xmax: 3, ymin: -1, ymax: 1 });
  });

  it('says so for sets without an exact projection (an ellipse, a hyperbola, a half-plane, a circle of negative radius)', () => {
    for (const [g, c, kind] of [
      ['x^2 + 2*y^2', 1, 'le'],
      ['x*y', 1, 'eq'],
      ['x + y', 1, 'le'],
      ['x^2 + y^2', -1, 'eq'],
    ] as const) {
      const s = feasibleSetOf(g, c, kind, domain);
      expect('error' in s, g).toBe(true);
    }
  });

  it('projected GD on the circle stays on it and ends at the constrained minimum of x + y', () => {
    const s = feasibleSetOf('x^2 + y^2', 2, 'eq', domain);
    if ('error' in s) throw new Error(s.error);
    const run = projectedGradientDescent('x + y', s, [1, 0.2], 0.1, 400);
    if ('error' in run) throw new Error(run.error);
    const k = 2 * run.taken;
    expect(Math.hypot(run.path[k], run.path[k + 1])).toBeCloseTo(Math.SQRT2, 12);
    expect(run.path[k]).toBeCloseTo(-1, 8);
    expect(run.path[k + 1]).toBeCloseTo(-1, 8);
  });
});
