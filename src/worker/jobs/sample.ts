import { SampleRun, type SampleRequest, type SampleSnapshot } from '../../core';
import type { JobContext } from './context';

/**
 * Draws `req.n` samples into a histogram, streaming in chunks with O(bins) memory above a million samples,
 * and reports snapshots (counts so far, moments, KS distance) as it goes.
 */
export async function sampleJob(req: SampleRequest, ctx: JobContext): Promise<SampleSnapshot> {
  const run = new SampleRun(req);
  return streamRun(run, () => run.done, ctx);
}

/**
 * Steps a core run (one chunk of work per `step`) until `finished()`, streaming its snapshot and yielding to
 * a cancel between chunks; the final snapshot is the result. Shared by the probability page's jobs.
 */
export async function streamRun<S>(
  run: { step(): void; snapshot(): S },
  finished: () => boolean,
  ctx: JobContext,
): Promise<S> {
  while (!finished()) {
    run.step();
    if (!finished()) {
      ctx.progress(() => run.snapshot());
      await ctx.checkpoint();
    }
  }
  return run.snapshot();
}
