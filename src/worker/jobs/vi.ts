/**
 * Gaussian variational inference on a 2-D MCMC target, streamed: q and the ELBO at each point of the ELBO
 * curve as the fit goes, then (once the fit is done) an MCMC chain on the same target to compare with.
 */
import {
  chainDiagnostics,
  gaussianViSteps,
  makeTarget,
  McmcChain,
  type Cov2,
  type Mean2,
  type ViDivergence,
  type ViFamily,
} from '../../core';
import type { JobContext } from './context';

export interface ViRequest {
  target: 'gaussian' | 'banana' | 'donut' | 'mixture';
  /** Correlation of the Gaussian target. */
  rho: number;
  divergence: ViDivergence;
  family: ViFamily;
  iterations: number;
  seed: number;
  /** Random-walk Metropolis steps of the comparison chain (0: none). */
  mcmcSteps: number;
}

/** The fit so far, one entry per ELBO point: the iteration, the ELBO and q = N(m, S) there. */
export interface ViPath {
  iteration: Float64Array;
  elbo: Float64Array;
  m1: Float64Array;
  m2: Float64Array;
  s11: Float64Array;
  s12: Float64Array;
  s22: Float64Array;
}

/** States of the chain sent for the picture (evenly thinned after burn-in). */
export const VI_MCMC_POINTS = 2000;

export interface ViMcmcSummary {
  /** Thinned states after the 10% burn-in: x₀, y₀, x₁, y₁, … */
  points: Float64Array;
  meanX: number;
  meanY: number;
  varX: number;
  varY: number;
  covXY: number;
  mcseX: number;
  acceptance: number;
}

export interface ViSnapshot {
  path: ViPath;
  iterations: number;
  /** The fitted q (averaged iterates for reverse KL) once the fit is done, else null. */
  result: { mean: Mean2; cov: Cov2 } | null;
  mcmc: ViMcmcSummary | null;
}

const COLUMNS = ['iteration', 'elbo', 'm1', 'm2', 's11', 's12', 's22'] as const;

function pathOf(rows: number[]): ViPath {
  const n = rows.length / COLUMNS.length;
  const out = {} as ViPath;
  COLUMNS.forEach((c, j) => {
    const a = new Float64Array(n);
    for (let i = 0; i < n; i++) a[i] = rows[i * COLUMNS.length + j];
    out[c] = a;
  });
  return out;
}

export async function viJob(req: ViRequest, ctx: JobContext): Promise<ViSnapshot> {
  const steps = gaussianViSteps(req.target, {
    divergence: req.divergence,
    family: req.family,
    seed: req.seed,
    iterations: req.iterations,
    rho: req.rho,
  });
  const rows: number[] = [];
  let done: { mean: Mean2; cov: Cov2 } | null = null;
  while (!done) {
    const r = steps.next();
    if (r.done) {
      done = { mean: r.value.mean, cov: r.value.cov };
      break;
    }
    const s = r.value;
    rows.push(s.iteration, s.elbo, s.mean[0], s.mean[1], s.cov[0][0], s.cov[0][1], s.cov[1][1]);
    ctx.progress(() => ({ path: pathOf(rows), iterations: req.iterations, result: null, mcmc: null }));
    await ctx.checkpoint();
  }
  let mcmc: ViMcmcSummary | null = null;
  if (req.mcmcSteps > 0) {
    const target = makeTarget(
      req.target === 'gaussian' ? { kind: 'gaussian', rho: req.rho } : { kind: req.target },
    );
    const chain = new McmcChain(target, {
      algorithm: 'mh',
      scale: 1,
      stepSize: 0.1,
      leapfrogSteps: 10,
      steps: req.mcmcSteps,
      seed: req.seed,
    });
    while (chain.done < chain.total) {
      chain.advance(20_000);
      await ctx.checkpoint();
    }
    const d = chainDiagnostics(chain);
    const n = Math.min(VI_MCMC_POINTS, d.count);
    const points = new Float64Array(2 * n);
    for (let k = 0; k < n; k++) {
      const i = d.burnIn + Math.floor((k * d.count) / n);
      points[2 * k] = chain.xs[i];
      points[2 * k + 1] = chain.ys[i];
    }
    mcmc = {
      points,
      meanX: d.meanX,
      meanY: d.meanY,
      varX: d.varX,
      varY: d.varY,
      covXY: d.covXY,
      mcseX: d.mcseX,
      acceptance: chain.acceptanceRate,
    };
  }
  return { path: pathOf(rows), iterations: req.iterations, result: done, mcmc };
}
