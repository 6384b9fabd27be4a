import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/optimizers.json';
import {
  OPTIMIZER_NAMES,
  optimizePath,
  optimizerDefaults,
  optimizerLabels,
  parseExpression,
  type Expr,
  type OptimizerConfig,
  type OptimizerName,
  type Vec2,
} from '../../../../src/core/index';

function expr(source: string): Expr {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(r.error.message);
  return r.expr;
}

/** Every coordinate within 1e-9 relative, or 1e-12 absolute near 0. */
function expectPath(actual: Float64Array, expected: number[][]): void {
  expect(actual.length).toBe(2 * expected.length);
  expected.forEach(([x, y], k) => {
    for (const [a, b] of [
      [actual[2 * k], x],
      [actual[2 * k + 1], y],
    ]) {
      expect(Math.abs(a - b), `iterate ${k}: ${a} vs ${b}`).toBeLessThanOrEqual(
        Math.max(1e-12, 1e-9 * Math.abs(b)),
      );
    }
  });
}

describe('optimizePath(expr, method, config, start, steps)', () => {
  it.each(fixtures.cases.map((c) => [c.method, JSON.stringify(c.config), c.expr, c] as const))(
    'optimizePath(%s, %s) on %s matches the PyTorch path',
    (_m, _c, _e, c) => {
      const run = optimizePath(expr(c.expr), c.method as OptimizerName, c.config, c.start as Vec2, c.steps);
      expect(run.stop).toBe('done');
      expect(run.taken).toBe(c.steps);
      expectPath(run.path, c.path);
    },
  );

  it('gives the same path for a hand-written Expr (no kernels) as for a parsed one', () => {
    const handWritten: Expr = {
      evaluate: (x, y) => x * x + 10 * y * y,
      gradient: (x, y) => [2 * x, 20 * y],
      hessian: () => [
        [2, 0],
        [0, 20],
      ],
    };
    for (const method of OPTIMIZER_NAMES) {
      const a = optimizePath(handWritten, method, {}, [2, 1], 30);
      const b = optimizePath(expr('x^2 + 10*y^2'), method, {}, [2, 1], 30);
      expect(Array.from(a.path)).toEqual(Array.from(b.path));
    }
  });

  it('optimizePath(…, steps = 0) returns just the start', () => {
    const run = optimizePath(expr('x^2 + y^2'), 'adam', {}, [1, 2], 0);
    expect(run).toEqual({ path: Float64Array.from([1, 2]), taken: 0, stop: 'done' });
  });

  it("stops with 'diverged' where GD's learning rate exceeds 2/λmax, keeping the last finite iterates", () => {
    const run = optimizePath(expr('x^2 + 10*y^2'), 'gd', { lr: 0.5 }, [2, 1], 100);
    expect(run.stop).toBe('diverged');
    expect(run.taken).toBe(3); // y is multiplied by 1 − 0.5·20 = −9 per step; 10·(9⁴)² > 1e6·14
    expect(run.path.length).toBe(2 * (run.taken + 1));
    expect(Array.from(run.path.slice(-2))).toEqual([0, -729]); // x: 2 → 2 − 0.5·4 = 0
    expect(run.path.every(Number.isFinite)).toBe(true);
  });

  it("stops with 'diverged' where the loss is unbounded below (a saddle)", () => {
    const run = optimizePath(expr('x^2 - y^2'), 'adam', { lr: 0.5 }, [2, 1], 100_000);
    expect(run.stop).toBe('diverged');
    expect(run.taken).toBeLessThan(100_000);
    const [x, y] = [run.path[2 * run.taken], run.path[2 * run.taken + 1]];
    expect(Math.abs(x * x - y * y)).toBeLessThanOrEqual(1e6 * 3);
  });

  it("stops with 'diverged' at once where f is not real at the start", () => {
    const run = optimizePath(expr('sqrt(x) + y^2'), 'gd', {}, [-1, 1], 10);
    expect(run).toEqual({ path: Float64Array.from([-1, 1]), taken: 0, stop: 'diverged' });
  });

  it("stops with 'diverged' before the first non-real iterate", () => {
    // ∂f/∂x = 1/x = 5 at x = 0.2, so the first step lands at x = −2.3, where log is not real.
    const run = optimizePath(expr('log(x) + y^2'), 'gd', { lr: 0.5 }, [0.2, 1], 10);
    expect(run).toEqual({ path: Float64Array.from([0.2, 1]), taken: 0, stop: 'diverged' });
  });

  it("stops Newton with 'singular-hessian' (x^4 at x = 0, a plane), never producing NaN", () => {
    const quartic = optimizePath(expr('x^4 + y^2'), 'newton', {}, [0, 1], 10);
    expect(quartic).toEqual({ path: Float64Array.from([0, 1]), taken: 0, stop: 'singular-hessian' });
    const plane = optimizePath(expr('x + y'), 'newton', {}, [1, 1], 5);
    expect(plane.stop).toBe('singular-hessian');
    const later = optimizePath(expr('x^4 + y^2'), 'newton', {}, [1, 1], 500);
    expect(later.path.every(Number.isFinite)).toBe(true);
  });

  it('Newton reaches the minimum of a quadratic in one step', () => {
    const run = optimizePath(expr('(x - 1)^2 + 3*(y + 2)^2 + x*y'), 'newton', {}, [5, 5], 1);
    const [x, y] = [run.path[2], run.path[3]];
    // ∇f = 0: 2(x − 1) + y = 0, 6(y + 2) + x = 0
    expect(2 * (x - 1) + y).toBeCloseTo(0, 12);
    expect(6 * (y + 2) + x).toBeCloseTo(0, 12);
  });
});

describe('optimizerDefaults and optimizerLabels', () => {
  it('use PyTorch constants (eps 1e-10 AdaGrad, 1e-8 RMSProp/Adam, alpha 0.99, betas 0.9/0.999)', () => {
    expect(optimizerDefaults.adagrad.eps).toBe(1e-10);
    expect(optimizerDefaults.rmsprop).toMatchObject({ eps: 1e-8, alpha: 0.99 });
    expect(optimizerDefaults.adam).toMatchObject({ eps: 1e-8, beta1: 0.9, beta2: 0.999 });
    expect(optimizerDefaults.momentum.momentum).toBe(0.9);
    expect(optimizerDefaults.newton.lr).toBe(1);
    for (const m of OPTIMIZER_NAMES) expect(optimizerDefaults[m].lr).toBeGreaterThan(0);
  });

  it('fill in missing config entries: {} runs like the defaults', () => {
    const f = expr('(1 - x)^2 + 100*(y - x^2)^2');
    for (const m of OPTIMIZER_NAMES) {
      const a = optimizePath(f, m, {}, [-1.5, 2], 20);
      const b = optimizePath(f, m, optimizerDefaults[m] as OptimizerConfig, [-1.5, 2], 20);
      expect(Array.from(a.path)).toEqual(Array.from(b.path));
    }
  });

  it('label every method', () => {
    expect(OPTIMIZER_NAMES.map((m) => optimizerLabels[m])).toEqual([
      'GD',
      'Momentum',
      'Nesterov',
      'AdaGrad',
      'RMSProp',
      'Adam',
      'Newton',
    ]);
  });
});
