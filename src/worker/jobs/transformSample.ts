import { TransformRun, type TransformSampleRequest, type TransformSampleSnapshot } from '../../core';
import type { JobContext } from './context';
import { streamRun } from './sample';

/** Draws of X pushed through g, binned as Y = g(X) (change of variables), streaming snapshots. */
export async function transformSampleJob(
  req: TransformSampleRequest,
  ctx: JobContext,
): Promise<TransformSampleSnapshot> {
  return streamRun(new TransformRun(req, { allowCodegen: true }), ctx);
}
