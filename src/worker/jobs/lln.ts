import { LlnRun, type LlnRequest, type LlnSnapshot } from '../../core';
import type { JobContext } from './context';
import { streamRun } from './sample';

/** Running means of several independent runs, streamed as snapshots while the draws go on. */
export async function llnJob(req: LlnRequest, ctx: JobContext): Promise<LlnSnapshot> {
  const run = new LlnRun(req);
  return streamRun(run, ctx);
}
