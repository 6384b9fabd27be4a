import type { Distribution } from '../../../core';

/**
 * Points at which to draw Beta densities on (0, 1): an even grid plus a dense one across the central
 * 99.9 % of each given law, so that a posterior concentrated in a sliver (after thousands of tosses)
 * is drawn at its true height instead of being stepped over.
 */
export function betaGrid(dists: Distribution[]): number[] {
  const xs: number[] = [];
  for (let i = 0; i < 400; i++) xs.push((i + 0.5) / 400);
  for (const d of dists) {
    const lo = d.quantile(0.0005);
    const hi = d.quantile(0.9995);
    if (!(hi > lo)) continue;
    for (let i = 0; i <= 200; i++) xs.push(lo + ((hi - lo) * i) / 200);
  }
  return xs.filter((x) => x > 0 && x < 1).sort((a, b) => a - b);
}

/**
 * The density axis' top: the largest finite value, unless a density has a pole at 0 or 1 (shape < 1),
 * in which case the axis stops at three times the 95th percentile of the drawn values.
 */
export function densityCap(values: number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return 1;
  const max = finite[finite.length - 1];
  const p95 = finite[Math.floor(finite.length * 0.95)];
  const top = max > 6 * p95 && p95 > 0 ? 3 * p95 : max;
  return top > 0 ? top * 1.1 : 1;
}
