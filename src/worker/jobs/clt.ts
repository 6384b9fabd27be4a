import { CltRun, type CltRequest, type CltSnapshot } from '../../core';
import type { JobContext } from './context';
import { streamRun } from './sample';

/** Repetitions of the mean (or sum) of k draws into a histogram, streamed as snapshots. */
export async function cltJob(req: CltRequest, ctx: JobContext): Promise<CltSnapshot> {
  const run = new CltRun(req);
  return streamRun(run, ctx);
}
