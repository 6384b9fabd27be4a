/** Summarising a long loss curve for drawing without losing its peaks and dips. */

/** Blocks a loss curve is summarised into: about one per pixel column of a wide chart. */
export const LOSS_BLOCKS = 1024;

/**
 * The indices of the lowest and highest loss of each of at most LOSS_BLOCKS consecutive blocks
 * (plus the first and last step): drawn in order they keep the curve's envelope, so the page
 * draws a 10,000-step run from about 2,000 points without scanning all of them.
 */
export function lossEnvelope(losses: Float64Array): Uint32Array {
  const n = losses.length;
  const size = Math.max(1, Math.ceil(n / LOSS_BLOCKS));
  const keep: number[] = [0];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    let lo = start;
    let hi = start;
    for (let k = start + 1; k < end; k++) {
      if (losses[k] < losses[lo]) lo = k;
      if (losses[k] > losses[hi]) hi = k;
    }
    for (const k of lo < hi ? [lo, hi] : [hi, lo]) if (k !== keep[keep.length - 1]) keep.push(k);
  }
  if (keep[keep.length - 1] !== n - 1) keep.push(n - 1);
  return Uint32Array.from(keep);
}
