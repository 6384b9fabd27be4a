import { SampleRun, type SampleRequest, type SampleSnapshot } from '../../core';
import type { JobContext } from './context';

/**
 * Draws `req.n` samples into a histogram, streaming in chunks with O(bins) memory above a million samples,
 * and reports snapshots (counts so far, moments, KS distance) as it goes.
 */
export async function sampleJob(req: SampleRequest, ctx: JobContext): Promise<SampleSnapshot> {
  const run = new SampleRun(req);
  while (!run.done) {
    run.step();
    if (!run.done) {
      ctx.progress(() => run.snapshot());
      await ctx.checkpoint();
    }
  }
  return run.snapshot();
}
