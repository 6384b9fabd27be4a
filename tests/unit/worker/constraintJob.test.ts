import { describe, expect, it } from 'vitest';
import { lagrangePoints } from '../../../src/core';
import { constraintJob } from '../../../src/worker/jobs/constraint';
import type { JobContext } from '../../../src/worker/jobs/context';
import { optimizeJob } from '../../../src/worker/jobs/optimize';

const ctx: JobContext = { async checkpoint() {}, progress() {} };
const domain = { xmin: -3, xmax: 3, ymin: -3, ymax: 3 };

describe('the constraint job', () => {
  it('x·y on x² + y² = 2: four critical points, the optimum a minimum, df*/dc by nudging c equals its λ', async () => {
    const r = await constraintJob({ f: 'x*y', g: 'x^2 + y^2', c: 2, kind: 'eq', domain, n: 41 }, ctx);
    const ref = lagrangePoints('x*y', 'x^2 + y^2', 2, domain);
    if ('error' in ref) throw new Error(ref.error);
    expect(r.points).toEqual(ref.points);
    expect(r.points).toHaveLength(4);
    const best = r.points[r.best];
    expect(best.kind).toBe('min');
    expect(best.f).toBeCloseTo(-1, 12);
    const s = r.sensitivity!;
    // f* = −c/2 exactly, so the central difference of f* in c is λ = −1/2 up to rounding.
    expect((s.fPlus - s.fMinus) / (2 * s.dc)).toBeCloseTo(best.lambda, 8);
    expect(best.lambda).toBeCloseTo(-0.5, 12);
    // g on the grid: g(−3, −3) = 18 in the first cell, g at the centre 0.
    expect(r.gValues[0]).toBe(18);
    expect(r.gValues[20 * 41 + 20]).toBeCloseTo(0, 12);
  });

  it('g ≤ c: active with λ ≥ 0 when the minimum is outside, inactive (no optimum on the curve) when it is inside', async () => {
    const active = await constraintJob(
      { f: '(x-2)^2 + (y-1)^2', g: 'x^2 + y^2', c: 1, kind: 'le', domain, n: 21 },
      ctx,
    );
    expect(active.kkt![0].active).toBe(true);
    expect(active.kkt![0].mu).toBeCloseTo(Math.sqrt(5) - 1, 10);
    expect(active.best).toBeGreaterThanOrEqual(0);
    const inactive = await constraintJob(
      { f: '(x-0.5)^2 + y^2', g: 'x^2 + y^2', c: 2, kind: 'le', domain, n: 21 },
      ctx,
    );
    expect(inactive.kkt![0]).toMatchObject({ active: false, mu: 0 });
    expect(inactive.best).toBe(-1);
    expect(inactive.sensitivity).toBeNull();
  });
});

describe('the race with constrained runs', () => {
  it('runs projected GD on the circle and the penalty method beside GD, losses along each path', async () => {
    const res = await optimizeJob(
      {
        source: 'x + y',
        start: [2, 1],
        steps: 300,
        runs: [{ name: 'gd', config: { lr: 0.05 } }],
        constrained: {
          g: 'x^2 + y^2',
          c: 2,
          kind: 'eq',
          lr: 0.05,
          pgd: { kind: 'circle', cx: 0, cy: 0, r: Math.SQRT2 },
          penalty: true,
        },
      },
      ctx,
    );
    const [pgd, pen] = res.constrained!;
    expect(pgd.name).toBe('pgd');
    expect(pgd.path[600]).toBeCloseTo(-1, 4);
    expect(pgd.losses[300]).toBeCloseTo(-2, 4);
    expect(pen.name).toBe('penalty');
    // μ ×10 every 38 steps from 1 (the core's default schedule) and the step scaled across the constraint.
    expect(pen.mu).toBe(1e7);
    expect(Math.abs(pen.path[600] + 1)).toBeLessThan(1e-5);
    expect(Math.abs(pen.path[601] + 1)).toBeLessThan(1e-5);
    expect(Math.abs(pen.losses[300] + 2)).toBeLessThan(1e-5);
  });
});
