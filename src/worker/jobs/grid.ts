import { compileGrid, parseToAst, summarizeSurface, type GridEvaluator } from '../../core';
import type { JobContext } from './context';

export interface GridRequest {
  /** The function as typed; parsed again here, so only validated ASTs reach the code generator. */
  source: string;
  xmin: number;
  xmax: number;
  ymin: number;
  ymax: number;
  /** Points per side (the grid is n × n). */
  n: number;
}

export interface GridResult {
  n: number;
  xs: Float64Array;
  ys: Float64Array;
  /** values[j·n + i] = f(xs[i], ys[j]); NaN where f is not real. gx, gy: the gradient there. */
  values: Float64Array;
  gx: Float64Array;
  gy: Float64Array;
  /** Percentiles 0, 1, …, 100 of the finite values (all NaN when none is finite). */
  percentiles: Float64Array;
  /** Display range of the surface: the values' range with outliers (poles, explosions) clipped. */
  zLow: number;
  zHigh: number;
  finite: number;
  /** True when generated code evaluated the grid, false when the interpreter did. */
  codegen: boolean;
}

export const GRID_MAX = 401;
/** Rows evaluated between checkpoints: small enough that a cancel lands within a slice. */
const BAND = 16;

let cached: { source: string; evaluator: GridEvaluator } | null = null;

function evaluatorFor(source: string): GridEvaluator {
  if (cached?.source === source) return cached.evaluator;
  const parsed = parseToAst(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  // Generated code where the host allows it; compileGrid falls back to the interpreter otherwise.
  const evaluator = compileGrid(parsed.ast, { allowCodegen: true });
  cached = { source, evaluator };
  return evaluator;
}

/** Evaluates f and ∇f on an n × n grid over the domain, in bands of rows with cancel checkpoints. */
export async function gridJob(req: GridRequest, ctx: JobContext): Promise<GridResult> {
  const n = Math.max(2, Math.min(GRID_MAX, Math.floor(req.n)));
  const evaluator = evaluatorFor(req.source);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = req.xmin + ((req.xmax - req.xmin) * i) / (n - 1);
    ys[i] = req.ymin + ((req.ymax - req.ymin) * i) / (n - 1);
  }
  const values = new Float64Array(n * n);
  const gx = new Float64Array(n * n);
  const gy = new Float64Array(n * n);
  for (let j0 = 0; j0 < n; j0 += BAND) {
    const j1 = Math.min(n, j0 + BAND);
    const band = (a: Float64Array) => a.subarray(j0 * n, j1 * n);
    evaluator.evalGradGrid(xs, ys.subarray(j0, j1), band(values), band(gx), band(gy));
    await ctx.checkpoint();
  }
  return { n, xs, ys, values, gx, gy, ...summarizeSurface(values), codegen: evaluator.codegen };
}
