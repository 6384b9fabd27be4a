/**
 * The Regression tab's lasso coefficient path, off the main thread: `count` values of λ from λ_max (every
 * coefficient zero) down to λ_max·10⁻⁴, each solved by coordinate descent warm-started from the last. The
 * path arrives progressively: a snapshot of the λ solved so far every ~100 ms, then the whole path.
 */
import { lassoLambdaGrid, lassoLambdaMax, lassoPathSteps } from '../../core';
import type { JobContext } from './context';

export interface LassoPathRequest {
  /** The design in the features as shown, n × p, row by row (no constant column: the intercept is fitted). */
  x: Float64Array;
  n: number;
  p: number;
  y: Float64Array;
  /** Number of λ values (≥ 2). */
  count: number;
  /** Coordinate-descent tolerance on the largest coefficient change, per λ. */
  tol: number;
  maxSweeps: number;
}

export interface LassoPathSnapshot {
  /** λ solved so far, descending; coefs[i·p + j] is coefficient j at lambdas[i]. */
  lambdas: Float64Array;
  coefs: Float64Array;
  p: number;
  /** Length of the whole path (lambdas.length once done), and its first and last λ. */
  count: number;
  lambdaMax: number;
  lambdaMin: number;
  done: boolean;
  /** Sweeps over the path so far (warm starts keep it to a few per λ). */
  sweeps: number;
  /**
   * λ values whose descent stopped at `maxSweeps` before its tolerance: coordinate descent crawls when
   * the features are nearly dependent (x¹…x¹² even standardized), and those coefficients are approximate.
   */
  stalled: number;
}

export async function lassoPathJob(req: LassoPathRequest, ctx: JobContext): Promise<LassoPathSnapshot> {
  const { n, p } = req;
  if (!(n >= 2) || !(p >= 1) || req.x.length !== n * p || req.y.length !== n)
    throw new Error('The lasso path needs at least two points and one feature.');
  const X = Array.from({ length: n }, (_, i) => Array.from(req.x.subarray(i * p, (i + 1) * p)));
  const top = lassoLambdaMax(X, req.y);
  const lambdas = lassoLambdaGrid(top, Math.max(2, Math.min(500, Math.floor(req.count))));
  if (lambdas.length === 0)
    throw new Error('Every x is the same or y is constant: the lasso path is all zeros.');
  const coefs = new Float64Array(lambdas.length * p);
  let solved = 0;
  let sweeps = 0;
  let stalled = 0;
  const snapshot = (done: boolean): LassoPathSnapshot => ({
    lambdas: Float64Array.from(lambdas.slice(0, solved)),
    coefs: coefs.slice(0, solved * p),
    p,
    count: lambdas.length,
    lambdaMax: lambdas[0],
    lambdaMin: lambdas[lambdas.length - 1],
    done,
    sweeps,
    stalled,
  });
  for (const step of lassoPathSteps(X, req.y, lambdas, { tol: req.tol, maxSweeps: req.maxSweeps })) {
    coefs.set(step.coef, solved * p);
    solved++;
    sweeps += step.sweeps;
    if (!step.converged) stalled++;
    ctx.progress(() => snapshot(false));
    await ctx.checkpoint();
  }
  return snapshot(true);
}
