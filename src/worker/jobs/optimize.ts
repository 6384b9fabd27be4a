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
} from '../../core';
import type { JobContext } from './context';

export interface OptimizeRequest {
  source: string;
  start: Vec2;
  steps: number;
  runs: { name: OptimizerName; config: OptimizerConfig }[];
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
  return { traces, codegen: expr.codegen };
}
