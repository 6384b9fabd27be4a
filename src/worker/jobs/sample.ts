import { SampleRun, type Run, type SampleRequest, type SampleSnapshot } from '../../core';
import type { JobContext } from './context';

/**
 * Draws `req.n` samples into a histogram, streaming in chunks with O(bins) memory above a million samples,
 * and reports snapshots (counts so far, moments, KS distance) as it goes.
 */
export async function sampleJob(req: SampleRequest, ctx: JobContext): Promise<SampleSnapshot> {
  const run = new SampleRun(req);
  return streamRun(run, ctx);
}

/**
 * Steps a core run (one chunk of work per `step`) until it is `done`, streaming its snapshot and yielding to
 * a cancel between chunks; the final snapshot is the result. Shared by the probability page's jobs.
 */
export async function streamRun<S>(run: Run<S>, ctx: JobContext): Promise<S> {
  while (!run.done) {
    run.step();
    if (!run.done) {
      ctx.progress(() => run.snapshot());
      await ctx.checkpoint();
    }
  }
  return run.snapshot();
}
