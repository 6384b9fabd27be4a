/**
 * The Low rank view's SVD of a grayscale image, off the main thread: the core's one-sided Jacobi steps
 * (`imageSvdSteps`), a checkpoint after each column's pairs (so a cancel lands within one slice), progress
 * as the sweep and its share done, and the factors back as transferred typed arrays, column by column.
 */
import { imageFactorsOf, imageSvdSteps, type ImageFactors } from '../../core';
import type { JobContext } from './context';

export interface ImageSvdRequest {
  /** The image, row by row, m·n values (the view uses bytes / 255). */
  pixels: Float64Array;
  m: number;
  n: number;
}

export interface ImageSvdProgress {
  sweep: number;
  /** Share of the current sweep done, in [0, 1]. */
  sweepDone: number;
  /** Largest |cos| between two columns after the last complete sweep (the sweeps stop at 0). */
  offOrthogonality: number;
}

export interface ImageSvdResult extends ImageFactors {
  sweeps: number;
  /** Worker time of the decomposition, ms. */
  ms: number;
}

/** Largest side accepted (512 × 512 takes a few seconds). */
export const IMAGE_SVD_MAX_SIDE = 512;

export async function imageSvdJob(req: ImageSvdRequest, ctx: JobContext): Promise<ImageSvdResult> {
  const { m, n, pixels } = req;
  if (!(m >= 1 && n >= 1 && m <= IMAGE_SVD_MAX_SIDE && n <= IMAGE_SVD_MAX_SIDE) || pixels.length !== m * n)
    throw new Error(
      `The image must be between 1 × 1 and ${IMAGE_SVD_MAX_SIDE} × ${IMAGE_SVD_MAX_SIDE} pixels.`,
    );
  const start = performance.now();
  const rows = Array.from({ length: m }, (_, i) => Array.from(pixels.subarray(i * n, (i + 1) * n)));
  const steps = imageSvdSteps(rows);
  let sweeps = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return { ...imageFactorsOf(step.value), sweeps, ms: performance.now() - start };
    }
    sweeps = step.value.sweep;
    const snapshot: ImageSvdProgress = { ...step.value };
    ctx.progress(snapshot);
    await ctx.checkpoint();
  }
}
