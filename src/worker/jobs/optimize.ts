import {
  lossEnvelope,
  compileExpr,
  divergenceReason,
  optimizeKernels,
  parseToAst,
  startProblem,
  type CompiledExpr,
  type OptimizerConfig,
  type OptimizerName,
  type OptimizerRun,
  type Vec2,
  penaltyMethod,
  projectedGradientDescent,
  type FeasibleSet,
} from '../../core';
import type { JobContext } from './context';

export interface OptimizeRequest {
  source: string;
  start: Vec2;
  steps: number;
  runs: { name: OptimizerName; config: OptimizerConfig }[];
  /** Constrained runs beside the others (issue 18): projected GD onto an exact set, a growing quadratic penalty. */
  constrained?: ConstrainedRequest;
}

export interface ConstrainedRequest {
  g: string;
  c: number;
  kind: 'eq' | 'le';
  lr: number;
  /** The set projected GD projects onto, or null when it is not run. */
  pgd: FeasibleSet | null;
  penalty: boolean;
}

/** A constrained run's path and losses, as an OptimizerTrace's. */
export interface ConstrainedTrace {
  name: 'pgd' | 'penalty';
  path: Float64Array;
  losses: Float64Array;
  taken: number;
  stop: 'done' | 'diverged' | 'undefined';
  /** The penalty weight μ at the last step (penalty only). */
  mu: number | null;
}

export interface OptimizerTrace {
  name: OptimizerName;
  config: OptimizerConfig;
  /** x0, y0, x1, y1, …: the iterates, length 2·(taken + 1). */
  path: Float64Array;
  /** f at each iterate, length taken + 1. */
  losses: Float64Array;
  /** Steps worth drawing on a loss chart: the lowest and highest of each of ≤ 1024 blocks, in order. */
  lossKeep: Uint32Array;
  taken: number;
  stop: OptimizerRun['stop'];
  /** Why the run stopped early, in words ("diverged: …"), or null when it ran every step. */
  reason: string | null;
}

export interface OptimizeResult {
  traces: OptimizerTrace[];
  constrained?: ConstrainedTrace[];
  codegen: boolean;
}

let cached: { source: string; expr: CompiledExpr } | null = null;

function exprFor(source: string): CompiledExpr {
  if (cached?.source === source) return cached.expr;
  const parsed = parseToAst(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const expr = compileExpr(parsed.ast, { allowCodegen: true });
  cached = { source, expr };
  return expr;
}

/** Runs every requested optimizer from the same start, with the losses along each path; one round trip. */
export async function optimizeJob(req: OptimizeRequest, ctx: JobContext): Promise<OptimizeResult> {
  const expr = exprFor(req.source);
  // No loss to descend from: said in words rather than drawn as NaN (the page checks this first too).
  const problem = startProblem(expr, req.start);
  if (problem) throw new RangeError(problem);
  const traces: OptimizerTrace[] = [];
  for (const { name, config } of req.runs) {
    const run = optimizeKernels(expr, name, config, req.start, req.steps);
    const losses = new Float64Array(run.taken + 1);
    for (let k = 0; k <= run.taken; k++) losses[k] = expr.evaluate(run.path[2 * k], run.path[2 * k + 1]);
    const reason = divergenceReason(expr, name, config, run);
    const lossKeep = lossEnvelope(losses);
    traces.push({ name, config, path: run.path, losses, lossKeep, taken: run.taken, stop: run.stop, reason });
    await ctx.checkpoint();
  }
  const constrained: ConstrainedTrace[] = [];
  const k = req.constrained;
  if (k) {
    const withLosses = (
      name: ConstrainedTrace['name'],
      run: { path: Float64Array; taken: number; stop: ConstrainedTrace['stop'] },
      mu: number | null,
    ) => {
      const losses = new Float64Array(run.taken + 1);
      for (let i = 0; i <= run.taken; i++) losses[i] = expr.evaluate(run.path[2 * i], run.path[2 * i + 1]);
      constrained.push({ name, path: run.path, losses, taken: run.taken, stop: run.stop, mu });
    };
    if (k.pgd) {
      const run = projectedGradientDescent(req.source, k.pgd, req.start, k.lr, req.steps);
      if ('error' in run) throw new RangeError(`Projected GD: ${run.error}`);
      withLosses('pgd', run, null);
    }
    if (k.penalty) {
      // The core's default schedule: μ ×10 every eighth of the run, the step scaled across the constraint.
      const kind = k.kind === 'eq' ? 'equality' : 'inequality';
      const run = penaltyMethod(req.source, k.g, k.c, kind, req.start, { lr: k.lr, steps: req.steps });
      if ('error' in run) throw new RangeError(`Penalty: ${run.error}`);
      withLosses('penalty', run, run.mu[run.taken]);
    }
  }
  return { traces, constrained, codegen: expr.codegen };
}
