/**
 * The Low rank view's SVD of a grayscale image, off the main thread: the core's Golub–Kahan steps
 * (`imageFactorSteps`: Householder bidiagonalization, then implicit-shift QR), a checkpoint after each step
 * (one Householder column or one QR step: well under a slice, so a cancel lands at once), progress as the
 * share done, and the factors back as transferred typed arrays, column by column.
 */
import { imageFactorSteps, type ImageFactors } from '../../core';
import type { JobContext } from './context';

export interface ImageSvdRequest {
  /** The image, row by row, m·n values (the view uses bytes / 255). */
  pixels: Float64Array;
  m: number;
  n: number;
}

export interface ImageSvdProgress {
  /** 'reduce' (bidiagonalization, forming U and V) or 'diagonalize' (QR steps). */
  phase: 'reduce' | 'diagonalize';
  /** Share of the decomposition done, in [0, 1]. */
  done: number;
}

export interface ImageSvdResult extends ImageFactors {
  /** Steps the decomposition took (Householder columns, formed columns and QR steps). */
  steps: number;
  /** Worker time of the decomposition, ms. */
  ms: number;
}

/** Largest side accepted (a 512 × 512 image takes about 1–2 s on a laptop). */
export const IMAGE_SVD_MAX_SIDE = 512;

export async function imageSvdJob(req: ImageSvdRequest, ctx: JobContext): Promise<ImageSvdResult> {
  const { m, n, pixels } = req;
  if (!(m >= 1 && n >= 1 && m <= IMAGE_SVD_MAX_SIDE && n <= IMAGE_SVD_MAX_SIDE) || pixels.length !== m * n)
    throw new Error(
      `The image must be between 1 × 1 and ${IMAGE_SVD_MAX_SIDE} × ${IMAGE_SVD_MAX_SIDE} pixels.`,
    );
  const start = performance.now();
  const steps = imageFactorSteps(pixels, m, n);
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { ...step.value, steps: count, ms: performance.now() - start };
    count++;
    const snapshot: ImageSvdProgress = { ...step.value };
    ctx.progress(snapshot);
    await ctx.checkpoint();
  }
}
