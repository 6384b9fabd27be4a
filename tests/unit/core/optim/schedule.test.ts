import { describe, expect, it } from 'vitest';
import {
  learningRateAt,
  optimizePath,
  parseExpression,
  scheduleDefaults,
  type Expr,
} from '../../../../src/core/index';

describe('learningRateAt(lr, config, t, steps)', () => {
  it("'constant' (the default) keeps η", () => {
    expect(learningRateAt(0.1, {}, 57, 100)).toBe(0.1);
    expect(learningRateAt(0.1, { schedule: 'constant', decay: 0.5 }, 57, 100)).toBe(0.1);
  });

  it("'step' multiplies by γ every stepEvery steps: η·γ^⌊t/stepEvery⌋", () => {
    const c = { schedule: 'step' as const, decay: 0.5, stepEvery: 10 };
    expect([0, 9, 10, 19, 20, 35].map((t) => learningRateAt(0.8, c, t, 100))).toEqual([
      0.8, 0.8, 0.4, 0.4, 0.2, 0.1,
    ]);
    const d = learningRateAt(1, { schedule: 'step' }, scheduleDefaults.stepEvery, 100);
    expect(d).toBe(scheduleDefaults.stepDecay);
  });

  it("'exponential' is η·γ^t", () => {
    expect(learningRateAt(2, { schedule: 'exponential', decay: 0.9 }, 3, 100)).toBeCloseTo(2 * 0.729, 15);
    expect(learningRateAt(1, { schedule: 'exponential' }, 1, 100)).toBe(scheduleDefaults.exponentialDecay);
  });

  it("'cosine' anneals from η to 0 over the run: η(1 + cos(πt/steps))/2", () => {
    const c = { schedule: 'cosine' as const };
    expect(learningRateAt(0.4, c, 0, 100)).toBe(0.4);
    expect(learningRateAt(0.4, c, 50, 100)).toBeCloseTo(0.2, 15);
    expect(learningRateAt(0.4, c, 100, 100)).toBeCloseTo(0, 15);
  });
});

describe('optimizePath(…) with a schedule', () => {
  const r = parseExpression('x^2 + 10*y^2');
  if (!r.ok) throw new Error(r.error.message);
  const f: Expr = r.expr;

  it('uses η_t at step t: GD on x² halves x by (1 − 2η_t)', () => {
    const config = { lr: 0.1, schedule: 'step' as const, decay: 0.5, stepEvery: 2 };
    const run = optimizePath(f, 'gd', config, [1, 0], 6);
    let x = 1;
    for (let t = 0; t < 6; t++) {
      x -= learningRateAt(0.1, config, t, 6) * 2 * x;
      expect(run.path[2 * t + 2]).toBeCloseTo(x, 15);
    }
  });

  it('changes an adaptive method too (Adam with cosine annealing ends where its steps vanish)', () => {
    const constant = optimizePath(f, 'adam', { lr: 0.1 }, [2, 1], 50);
    const cosine = optimizePath(f, 'adam', { lr: 0.1, schedule: 'cosine' }, [2, 1], 50);
    expect(cosine.path[100]).not.toBe(constant.path[100]);
    const lastStep = Math.hypot(cosine.path[100] - cosine.path[98], cosine.path[101] - cosine.path[99]);
    expect(lastStep).toBeLessThan(0.1 * (1 + Math.cos((Math.PI * 49) / 50)));
  });
});
