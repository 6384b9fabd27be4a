import {
  IntegralRun,
  PiRun,
  type IntegralRequest,
  type IntegralSnapshot,
  type PiRequest,
  type PiSnapshot,
} from '../../core';
import type { JobContext } from './context';
import { streamRun } from './sample';

/** A Monte Carlo estimate of π, streamed as snapshots. */
export async function piJob(req: PiRequest, ctx: JobContext): Promise<PiSnapshot> {
  const run = new PiRun(req);
  return streamRun(run, ctx);
}

/** A Monte Carlo estimate of ∫_a^b f(x) dx (with an adaptive Simpson reference), streamed. */
export async function integralJob(req: IntegralRequest, ctx: JobContext): Promise<IntegralSnapshot> {
  const run = new IntegralRun(req);
  return streamRun(run, ctx);
}
