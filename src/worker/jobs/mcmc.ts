import { McmcRun, type McmcRequest, type McmcSnapshot } from '../../core';
import type { JobContext } from './context';

/** Diagnostics (an FFT over the whole chain) ride along with a progress snapshot at most this often. */
const DIAGNOSTICS_MS = 1000;

/** The result: the last unsent steps with diagnostics, and the worker's compute time for the bench readout. */
export interface McmcResult extends McmcSnapshot {
  computeMs: number;
}

/**
 * Runs a Markov chain in chunks, streaming each ~100 ms the steps made since the previous snapshot
 * (states, proposals, accept flags as typed arrays, transferred) and, about once a second, diagnostics.
 */
export async function mcmcJob(req: McmcRequest, ctx: JobContext): Promise<McmcResult> {
  const run = new McmcRun(req);
  let computeMs = 0;
  let lastDiagnostics = performance.now();
  while (!run.done) {
    const t0 = performance.now();
    run.step();
    computeMs += performance.now() - t0;
    if (run.done) break;
    ctx.progress(() => {
      const now = performance.now();
      const due = now - lastDiagnostics >= DIAGNOSTICS_MS;
      if (due) lastDiagnostics = now;
      return { ...run.snapshot(due), computeMs };
    });
    await ctx.checkpoint();
  }
  return { ...run.snapshot(true), computeMs };
}
