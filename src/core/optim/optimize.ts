/**
 * Runs an optimizer from a start point and records its path (PyTorch torch.optim update rules,
 * float64), stopping early on divergence or, for Newton, on a singular Hessian.
 * The update rules themselves are in loop.ts.
 */
import { kernelsOf, scratchArray, type Expr, type ExprKernels, type Vec2 } from '../expr/index';
import { METHOD_CODES, runLoop } from './loop';
import { learningRates } from './schedule';
import { resolveConfig, type OptimizerConfig, type OptimizerName, type OptimizerRun } from './types';

/** Longest run accepted (its path takes 16 bytes per step). */
export const MAX_OPTIMIZER_STEPS = 10_000_000;

/** Iterates and losses may grow to this factor times max(1, their starting magnitude). */
export const DIVERGENCE_FACTOR = 1e6;

/**
 * The path of `method` on f from `start` for `steps` steps: path[2k], path[2k+1] is the iterate
 * after k steps. A run diverges when an iterate or its loss is not finite, when ‖p_k‖ exceeds
 * 1e6·max(1, ‖p_0‖), or when |f(p_k)| exceeds 1e6·max(1, |f(p_0)|); the path then ends at the last
 * iterate before that. Newton stops with 'singular-hessian' where H cannot be inverted.
 */
export function optimizePath(
  expr: Expr,
  method: OptimizerName,
  config: OptimizerConfig,
  start: Vec2,
  steps: number,
): OptimizerRun {
  return optimizeKernels(kernelsOf(expr), method, config, start, steps);
}

/** optimizePath over kernels directly (e.g. a compiled gradient without an Expr around it). */
export function optimizeKernels(
  k: ExprKernels,
  method: OptimizerName,
  config: OptimizerConfig,
  start: Vec2,
  steps: number,
): OptimizerRun {
  // `| 0` keeps n a small integer even from optimized code, where Math.floor yields a double that
  // would reach the loop boxed and deoptimize its `t < n` test.
  const n = Math.max(0, Math.min(MAX_OPTIMIZER_STEPS, Math.floor(steps) || 0)) | 0;
  const c = resolveConfig(method, config);
  const path = new Float64Array(2 * (n + 1));
  const [x, y] = start;
  path[0] = x;
  path[1] = y;
  const g = scratchArray(6);
  const f0 = k.valueGradInto(x, y, g);
  if (!Number.isFinite(f0) || !Number.isFinite(x) || !Number.isFinite(y)) return finish(path, 0, 'diverged');
  // Squared norms avoid a hypot per step; an overflow to Infinity still compares as too large.
  const maxR2 = DIVERGENCE_FACTOR * DIVERGENCE_FACTOR * Math.max(1, x * x + y * y);
  const maxLoss = DIVERGENCE_FACTOR * Math.max(1, Math.abs(f0));
  const rates = learningRates(c.lr, config, n);
  const status = new Int8Array(1);
  const m = METHOD_CODES[method];
  const taken = Math.max(
    0,
    runLoop(k, m, x, y, n, rates, c, maxR2, maxLoss, g, scratchArray(6), path, status),
  );
  const stop = status[0] === 0 ? 'done' : status[0] === 1 ? 'diverged' : 'singular-hessian';
  return taken === n && stop === 'done' ? { path, taken, stop } : finish(path, taken, stop);
}

function finish(path: Float64Array, taken: number, stop: OptimizerRun['stop']): OptimizerRun {
  return { path: path.slice(0, 2 * (taken + 1)), taken, stop };
}
