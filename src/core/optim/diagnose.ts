/** Plain-language reasons why a run stopped early, from the curvature where it started. */
import { kernelsOf, type Expr, type KernelOutputs } from '../expr/index';
import { curvatureAt } from './curvature';
import { optimizeKernels } from './optimize';
import { resolveConfig, type OptimizerConfig, type OptimizerName, type OptimizerRun } from './types';

/** Three significant digits, without trailing zeros. */
const num = (v: number, digits = 3) =>
  Number.isFinite(v) ? String(Number(v.toPrecision(digits))) : String(v);

/**
 * a and b with the fewest significant digits (at least 3) that tell them apart, so that
 * "learning rate 1.001 exceeds 2/λmax = 1" never reads "1 exceeds 1".
 */
export function distinctNumbers(a: number, b: number): [string, string] {
  for (let d = 3; d < 17; d++) if (num(a, d) !== num(b, d)) return [num(a, d), num(b, d)];
  return [num(a, 17), num(b, 17)];
}

/** Relative size below which a final gradient counts as zero: ‖∇f‖ ≤ this·max(1, ‖∇f(start)‖). */
const STATIONARY = 1e-6;

/**
 * The point the run's next step reached, where it stopped (not on the path, which ends before it):
 * the run is replayed one step further with a kernel that notes the last point evaluated.
 */
function stepPast(expr: Expr, method: OptimizerName, config: OptimizerConfig, run: OptimizerRun) {
  const k = kernelsOf(expr);
  let at: [number, number, number] = [NaN, NaN, NaN];
  const spy = {
    valueGradInto(x: number, y: number, out: KernelOutputs) {
      const f = k.valueGradInto(x, y, out);
      at = [x, y, f];
      return f;
    },
    jetInto: (x: number, y: number, out: KernelOutputs) => k.jetInto(x, y, out),
  };
  optimizeKernels(spy, method, config, [run.path[0], run.path[1]], run.taken + 1);
  return { x: at[0], y: at[1], f: at[2] };
}

/** Why a run that took every step ended where it did: at a saddle point or a maximum, or (Newton) not converged. */
function endReason(expr: Expr, method: OptimizerName, run: OptimizerRun): string | null {
  const last = 2 * run.taken;
  const end = curvatureAt(expr, run.path[last], run.path[last + 1]);
  const start = curvatureAt(expr, run.path[0], run.path[1]);
  const g = Math.hypot(...end.gradient);
  if (!Number.isFinite(g)) return null;
  const stationary = g <= STATIONARY * Math.max(1, Math.hypot(...start.gradient));
  const [l1, l2] = end.eigenvalues;
  const scale = Math.max(Math.abs(l1), Math.abs(l2));
  // Newton on a plateau (1 − exp(−r²/2) far out): ∇f and H both underflow towards 0, no curvature to
  // classify. (Only Newton: GD reaching the kink of |x| + |y| also sees ∇f = 0 and H = 0, at the minimum.)
  const startScale = Math.max(Math.abs(start.eigenvalues[0]), Math.abs(start.eigenvalues[1]));
  if (method === 'newton' && stationary && scale <= 1e-9 * Math.max(1, startScale)) {
    const at = `(${num(run.path[last])}, ${num(run.path[last + 1])})`;
    return `stopped on a flat region: ∇f and H are both about 0 at ${at}, so no step moves it`;
  }
  if (stationary && l2 < -1e-9 * scale && l1 > 1e-9 * scale) {
    return `stopped at a saddle point (H has eigenvalues ${num(l2)} < 0 < ${num(l1)})`;
  }
  // Newton's step goes to any critical point: on Himmelblau from (−0.5, 0.5) it climbs to the maximum.
  if (stationary && l1 < -1e-9 * scale) {
    return `stopped at a local maximum (H has eigenvalues ${num(l2)} ≤ ${num(l1)} < 0)`;
  }
  if (!stationary && method === 'newton') {
    return `ran every step but did not converge: ‖∇f‖ = ${num(g)} at the end`;
  }
  return null;
}

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
  if (run.stop === 'done') return endReason(expr, method, run);
  const last = 2 * run.taken;
  const [x, y] = [run.path[last], run.path[last + 1]];
  if (run.stop === 'singular-hessian') {
    return `stopped: the Hessian is singular at (${num(x)}, ${num(y)}), so the Newton step H⁻¹∇f is undefined`;
  }
  const c = resolveConfig(method, config);
  const start = curvatureAt(expr, run.path[0], run.path[1]);
  const end = expr.evaluate(x, y);
  if (!Number.isFinite(start.value)) return 'diverged: f is not a real number at the start point';
  const next = stepPast(expr, method, config, run);
  if (Number.isNaN(next.f) && Number.isFinite(next.x) && Number.isFinite(next.y)) {
    return (
      `stopped: step ${run.taken + 1} left f's domain, from (${num(x)}, ${num(y)}) to ` +
      `(${num(next.x)}, ${num(next.y)}), where f is not a real number`
    );
  }
  const [lmax, lmin] = start.eigenvalues;
  const bound = stableBound(method, c.momentum);
  if (bound && lmax > 0 && c.lr * lmax >= bound.factor) {
    const [lr, limit] = distinctNumbers(c.lr, bound.factor / lmax);
    return `diverged: learning rate ${lr} exceeds ${bound.tex} = ${limit} here`;
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
