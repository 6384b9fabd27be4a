import type { Distribution } from './types';

/** How far past the median, in interquartile ranges, a heavy tail is drawn before it is cut. */
const CLIP_IQRS = 10;

/**
 * The window [q(0.001), q(0.999)] of a continuous distribution, cut at median ± 10 IQR for heavy
 * tails (Cauchy, small-df t, wide log-normals) and snapped to a finite support end when that end is
 * close compared with the window's width, so that e.g. a gamma density is drawn from 0.
 */
export function continuousRange(d: Distribution, support: [number, number]): [number, number] {
  const median = d.quantile(0.5);
  const iqr = d.quantile(0.75) - d.quantile(0.25);
  let lo = Math.max(d.quantile(0.001), median - CLIP_IQRS * iqr);
  let hi = Math.min(d.quantile(0.999), median + CLIP_IQRS * iqr);
  const width = hi - lo;
  if (Number.isFinite(support[0]) && lo - support[0] < 0.1 * width) lo = support[0];
  if (Number.isFinite(support[1]) && support[1] - hi < 0.1 * width) hi = support[1];
  if (!(hi > lo)) return [lo - 1, lo + 1];
  return [lo, hi];
}

/** The first and last k to draw for a discrete distribution: q(0.001) to q(0.999), at least two bars. */
export function discreteRange(d: Distribution): [number, number] {
  const lo = d.quantile(0.001);
  const hi = d.quantile(0.999);
  return [lo, Math.max(hi, lo + 1)];
}
