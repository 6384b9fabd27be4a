import type { Distribution, SampleSnapshot } from '../../core';

export interface Curve {
  xs: number[];
  density: number[];
  cdf: number[];
}

/** Density and cdf on a grid over [lo, hi]: 400 points for continuous laws, every integer for discrete ones. */
export function sampleCurve(d: Distribution, lo: number, hi: number): Curve {
  const xs: number[] = [];
  if (d.discrete) {
    const step = Math.max(1, Math.ceil((hi - lo) / 400));
    for (let k = Math.ceil(lo); k <= hi; k += step) xs.push(k);
  } else {
    const n = 400;
    for (let i = 0; i <= n; i++) xs.push(lo + ((hi - lo) * i) / n);
  }
  return { xs, density: xs.map((x) => finiteOr0(d.density(x))), cdf: xs.map((x) => finiteOr0(d.cdf(x))) };
}

function finiteOr0(v: number): number {
  return Number.isFinite(v) ? v : 0;
}

/**
 * Top of the density axis: the curve's maximum, unless the density has a pole (gamma with shape < 1) or a
 * spike, in which case the axis stops at four times the 90th percentile of the plotted values.
 */
export function densityTop(
  curve: { density: readonly number[] },
  snapshot: { density: ArrayLike<number> } | null,
): number {
  const sorted = [...curve.density].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1] ?? 1;
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? max;
  let top = max > 4 * p90 && p90 > 0 ? 4 * p90 : max;
  if (snapshot) {
    let h = 0;
    for (let i = 0; i < snapshot.density.length; i++) h = Math.max(h, snapshot.density[i]);
    top = Math.max(top, Math.min(h, top * 1.5));
  }
  return top > 0 && Number.isFinite(top) ? top * 1.08 : 1;
}

/**
 * The empirical cdf to draw (with a step after each point) from the snapshot's exact step function:
 * the samples' own jumps for small finished runs, else Fₙ at the quantile grid's edges (see
 * SampleSnapshot.ecdf), from the window's left end (Fₙ there) to its right end.
 */
export function empiricalCdf(s: SampleSnapshot): { x: number; F: number }[] {
  const { x, F } = s.ecdf;
  const hi = s.lo + s.binWidth * s.density.length;
  let before = s.ecdf.before;
  const inside: { x: number; F: number }[] = [];
  for (let i = 0; i < x.length; i++) {
    if (x[i] < s.lo) before = F[i];
    else if (x[i] <= hi) inside.push({ x: x[i], F: F[i] });
  }
  const out = [{ x: s.lo, F: before }, ...inside];
  const last = out[out.length - 1];
  if (last.x < hi) out.push({ x: hi, F: last.F });
  return out;
}
