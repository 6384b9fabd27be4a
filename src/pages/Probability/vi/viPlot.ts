/** Pure helpers of the Variational inference tab's pictures: q's ellipse outlines and the ELBO curve's range. */
import { gaussian2Ellipse, type Cov2, type Mean2 } from '../../../core';
import type { ViPath } from '../../../worker/protocol';

/** q = N(m, S) at row i of the fit's path. */
export function qAt(path: ViPath, i: number): { mean: Mean2; cov: Cov2 } {
  return {
    mean: [path.m1[i], path.m2[i]],
    cov: [
      [path.s11[i], path.s12[i]],
      [path.s12[i], path.s22[i]],
    ],
  };
}

/** Whether q is a proper Gaussian that can be drawn (finite mean, positive-definite S). */
export function drawable(q: { mean: Mean2; cov: Cov2 }): boolean {
  const [[a, b], [, d]] = q.cov;
  return (
    Number.isFinite(q.mean[0]) &&
    Number.isFinite(q.mean[1]) &&
    a > 0 &&
    d > 0 &&
    a * d - b * b > 0 &&
    Number.isFinite(a * d - b * b)
  );
}

/** The k-σ ellipse of q as an SVG path in pixels ('' when q cannot be drawn). */
export function ellipsePath(
  q: { mean: Mean2; cov: Cov2 },
  k: number,
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  if (!drawable(q)) return '';
  const { outline } = gaussian2Ellipse(q.mean, q.cov, k, 96);
  let d = '';
  for (let i = 0; i < outline.length; i += 2)
    d += `${i === 0 ? 'M' : 'L'}${sx(outline[i]).toFixed(1)},${sy(outline[i + 1]).toFixed(1)}`;
  return d + 'Z';
}

/**
 * The ELBO axis: from the lowest value after the first tenth of the fit (the start, far from p, would squash
 * the rest of the curve; it is clipped) to the highest, padded by 5%. [−1, 1] when nothing is finite.
 */
export function elboDomain(elbo: ArrayLike<number>): [number, number] {
  const n = elbo.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = Math.floor(n / 10); i < n; i++) {
    const v = elbo[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  for (let i = 0; i < n; i++) if (Number.isFinite(elbo[i]) && elbo[i] > hi) hi = elbo[i];
  if (!(lo <= hi)) return [-1, 1];
  const pad = Math.max(0.05 * (hi - lo), 0.05 * Math.abs(hi), 1e-3);
  return [lo - pad, hi + pad];
}

/** The ELBO curve (values against iterations) as an SVG path: finite points only, a gap where it is −∞. */
export function elboPath(
  iteration: ArrayLike<number>,
  values: ArrayLike<number>,
  sx: (v: number) => number,
  sy: (v: number) => number,
  count = values.length,
): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${sx(iteration[i]).toFixed(1)},${sy(v).toFixed(1)}`;
    pen = true;
  }
  return d;
}

/**
 * The trailing moving average of the finite values over `window` points (NaN where none is finite): each ELBO
 * point is a noisy Monte Carlo estimate, the average shows the trend.
 */
export function movingAverage(values: ArrayLike<number>, window: number): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
    const j = i - window;
    if (j >= 0 && Number.isFinite(values[j])) {
      sum -= values[j];
      count--;
    }
    out[i] = count > 0 ? sum / count : NaN;
  }
  return out;
}
