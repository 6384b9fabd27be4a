import { LlnRun, type LlnRequest, type LlnSnapshot } from '../../core';
import type { JobContext } from './context';

/** Running means of several independent runs, streamed as snapshots while the draws go on. */
export async function llnJob(req: LlnRequest, ctx: JobContext): Promise<LlnSnapshot> {
  const run = new LlnRun(req);
  while (!run.done) {
    run.step();
    if (!run.done) {
      ctx.progress(() => run.snapshot());
      await ctx.checkpoint();
    }
  }
  return run.snapshot();
}
