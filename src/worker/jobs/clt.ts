import { CltRun, type CltRequest, type CltSnapshot } from '../../core';
import type { JobContext } from './context';

/** Repetitions of the mean (or sum) of k draws into a histogram, streamed as snapshots. */
export async function cltJob(req: CltRequest, ctx: JobContext): Promise<CltSnapshot> {
  const run = new CltRun(req);
  while (!run.finished) {
    run.step();
    if (!run.finished) {
      ctx.progress(() => run.snapshot());
      await ctx.checkpoint();
    }
  }
  return run.snapshot();
}
