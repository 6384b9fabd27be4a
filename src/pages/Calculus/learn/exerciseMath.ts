/**
 * The numbers behind the calculus exercises, computed with the math core from each exercise's givens
 * (a function, a start, settings): nothing here is a typed-in answer.
 */
import {
  curvatureAt,
  optimizePath,
  parseExpression,
  type Expr,
  type OptimizerConfig,
  type OptimizerName,
  type Vec2,
} from '../../../core';
import { STEPS_MAX } from '../../../stores/calculus/view';

/** Four significant digits for a verdict (words for the non-finite cases). */
export function num(v: number): string {
  if (Number.isNaN(v)) return 'undefined';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return String(Number(v.toPrecision(4)));
}

/** A value rounded to `digits` significant digits, for settings a solution types into the page. */
export const round = (v: number, digits = 3): number => Number(v.toPrecision(digits));

/** The compiled f, or null when the text does not parse. */
export function exprOf(fn: string): Expr | null {
  const r = parseExpression(fn);
  return r.ok ? r.expr : null;
}

/**
 * λmax, λmin of the Hessian at p, the GD stability bound 2/λmax, and the coordinate axis closest to
 * λmax's eigenvector (the direction in which too large a step blows up first).
 */
export function stability(
  expr: Expr,
  p: Vec2,
): { lmax: number; lmin: number; bound: number; steepAxis: 'x' | 'y'; flatAxis: 'x' | 'y' } {
  const c = curvatureAt(expr, p[0], p[1]);
  const [u] = c.eigenvectors;
  const steepAxis = Math.abs(u[0]) >= Math.abs(u[1]) ? 'x' : 'y';
  const flatAxis = steepAxis === 'x' ? 'y' : 'x';
  return { lmax: c.eigenvalues[0], lmin: c.eigenvalues[1], bound: c.maxStableStep, steepAxis, flatAxis };
}

/**
 * The fewest steps (at least `min`) after which GD with rate `lr` has been stopped as diverged, or
 * null when it does not diverge within the page's step limit: the race of a reveal runs that long.
 */
export function stepsToShowDivergence(expr: Expr, lr: number, start: Vec2, min: number): number | null {
  const run = optimizePath(expr, 'gd', { lr }, start, STEPS_MAX);
  return run.stop === 'diverged' ? Math.max(min, run.taken + 1) : null;
}

/** The iterate after `k` steps, or the step at which the run stopped early. */
export function iterate(
  expr: Expr,
  method: OptimizerName,
  config: OptimizerConfig,
  start: Vec2,
  k: number,
): { point: Vec2 } | { stoppedAt: number } {
  const run = optimizePath(expr, method, config, start, k);
  if (run.taken < k) return { stoppedAt: run.taken + 1 };
  return { point: [run.path[2 * k], run.path[2 * k + 1]] };
}

/** The loss reduction that counts as "at the minimum" in the settle-time exercises. */
export const SETTLE_FACTOR = 1e-6;

/**
 * The first step K from which f(p_k) ≤ SETTLE_FACTOR · f(p_0) for every k ≥ K up to `horizon`
 * (for a function whose minimum value is 0), or null when the run never settles there.
 */
export function settleStep(
  expr: Expr,
  method: OptimizerName,
  config: OptimizerConfig,
  start: Vec2,
  horizon: number,
): number | null {
  const run = optimizePath(expr, method, config, start, horizon);
  if (run.stop !== 'done') return null;
  const target = SETTLE_FACTOR * expr.evaluate(start[0], start[1]);
  let settled: number | null = null;
  for (let k = run.taken; k >= 0; k--) {
    if (!(expr.evaluate(run.path[2 * k], run.path[2 * k + 1]) <= target)) break;
    settled = k;
  }
  return settled;
}

/**
 * The best constant rates on a quadratic with Hessian eigenvalues λmax ≥ λmin > 0: GD's
 * η* = 2/(λmax + λmin) (rate (κ − 1)/(κ + 1)) and the heavy ball's η = 4/(√λmax + √λmin)²,
 * μ = ((√λmax − √λmin)/(√λmax + √λmin))² (rate (√κ − 1)/(√κ + 1)).
 */
export function bestRates(
  lmax: number,
  lmin: number,
): { gd: number; heavyBall: { lr: number; momentum: number } } {
  const a = Math.sqrt(lmax);
  const b = Math.sqrt(lmin);
  return {
    gd: 2 / (lmax + lmin),
    heavyBall: { lr: 4 / ((a + b) * (a + b)), momentum: ((a - b) / (a + b)) ** 2 },
  };
}

/** Where each method ends after `steps` steps: its final loss and whether it ran every step. */
export function finalLosses(
  expr: Expr,
  runs: { name: OptimizerName; config: OptimizerConfig }[],
  start: Vec2,
  steps: number,
): { name: OptimizerName; loss: number; done: boolean }[] {
  return runs.map(({ name, config }) => {
    const run = optimizePath(expr, name, config, start, steps);
    const k = run.taken;
    return { name, loss: expr.evaluate(run.path[2 * k], run.path[2 * k + 1]), done: run.stop === 'done' };
  });
}
