/** Plain-language reasons why a run stopped early, from the curvature where it started. */
import type { Expr } from '../expr/index';
import { curvatureAt } from './curvature';
import { resolveConfig, type OptimizerConfig, type OptimizerName, type OptimizerRun } from './types';

/** Three significant digits, without trailing zeros. */
const num = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v));

/**
 * Largest stable η of a method on the quadratic with top curvature λ (η·λ below these bounds):
 * GD 2; heavy ball 2(1 + μ); Nesterov 2(1 + μ)/(1 + 2μ) — from the roots of the iteration's
 * characteristic polynomial z² − tz + d at z = −1.
 */
function stableBound(method: OptimizerName, mu: number): { factor: number; tex: string } | null {
  if (method === 'gd') return { factor: 2, tex: '2/λmax' };
  if (method === 'momentum') return { factor: 2 * (1 + mu), tex: '2(1+μ)/λmax' };
  if (method === 'nesterov') return { factor: (2 * (1 + mu)) / (1 + 2 * mu), tex: '2(1+μ)/((1+2μ)λmax)' };
  return null;
}

/**
 * Why `run` stopped early, e.g. "diverged: learning rate 0.5 exceeds 2/λmax = 0.1 here", or null
 * when it ran to completion. λmax is the largest Hessian eigenvalue at the start point.
 */
export function divergenceReason(
  expr: Expr,
  method: OptimizerName,
  config: OptimizerConfig,
  run: OptimizerRun,
): string | null {
  if (run.stop === 'done') return null;
  const last = 2 * run.taken;
  const [x, y] = [run.path[last], run.path[last + 1]];
  if (run.stop === 'singular-hessian') {
    return `stopped: the Hessian is singular at (${num(x)}, ${num(y)}), so the Newton step H⁻¹∇f is undefined`;
  }
  const c = resolveConfig(method, config);
  const start = curvatureAt(expr, run.path[0], run.path[1]);
  const end = expr.evaluate(x, y);
  if (!Number.isFinite(start.value)) return 'diverged: f is not a real number at the start point';
  const [lmax, lmin] = start.eigenvalues;
  const bound = stableBound(method, c.momentum);
  if (bound && lmax > 0 && c.lr * lmax >= bound.factor) {
    return `diverged: learning rate ${num(c.lr)} exceeds ${bound.tex} = ${num(bound.factor / lmax)} here`;
  }
  if (end < start.value) {
    return `diverged: the loss decreases without bound along this path (f has no minimum in that direction)`;
  }
  if (method === 'newton') {
    const why =
      lmin > 0
        ? `learning rate ${num(c.lr)} overshoots`
        : `the Hessian is not positive definite (λmin = ${num(lmin)})`;
    return `diverged: Newton steps leave the region where the quadratic model holds; ${why}`;
  }
  return `diverged: steps of learning rate ${num(c.lr)} overshoot where the curvature is high; try a smaller one`;
}

/**
 * Why no optimizer can start at `start`, or null when f(start) is a finite real number. A start outside
 * f's domain (log or sqrt of a negative number, a division by zero) gives NaN; one where f overflows
 * gives ±∞: either way there is no loss to descend from.
 */
export function startProblem(expr: Expr, start: readonly [number, number]): string | null {
  const [x, y] = start;
  const f = expr.evaluate(x, y);
  if (Number.isFinite(f)) return null;
  const at = `f(${num(x)}, ${num(y)})`;
  return Number.isNaN(f)
    ? `${at} is not a real number: the start is outside f's domain; pick another start`
    : `${at} overflows to ${f > 0 ? '+∞' : '−∞'}: pick a start where f is finite`;
}
