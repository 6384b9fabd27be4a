import type { LlnSnapshot } from '../../../core';

/**
 * The y-range of the running-mean chart: the 1 %–99 % range of the plotted means from n = 5 on (the very
 * first draws of a heavy-tailed law would squash everything else), the true mean, and the ±2 SE band at
 * n = 30, with an 8 % margin.
 */
export function runningMeanDomain(snap: LlnSnapshot | null, mean: number, sd: number): [number, number] {
  const vals: number[] = [];
  if (snap) {
    const g = snap.grid.length;
    for (let r = 0; r < snap.runs; r++)
      for (let i = 0; i < g; i++) {
        const v = snap.means[r * g + i];
        if (Number.isFinite(v) && (snap.grid[i] >= 5 || snap.total < 5)) vals.push(v);
      }
  }
  vals.sort((a, b) => a - b);
  let lo = vals.length ? vals[Math.floor(0.01 * (vals.length - 1))] : Infinity;
  let hi = vals.length ? vals[Math.ceil(0.99 * (vals.length - 1))] : -Infinity;
  if (Number.isFinite(mean)) {
    const half = Number.isFinite(sd) ? (2 * sd) / Math.sqrt(30) : 0;
    lo = Math.min(lo, mean - half);
    hi = Math.max(hi, mean + half);
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [-1, 1];
  if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
    const w = Math.max(1e-6, Math.abs(hi) * 0.01, 0.5);
    return [lo - w, hi + w];
  }
  const pad = 0.08 * (hi - lo);
  return [lo - pad, hi + pad];
}

/** Index of the last grid point reached (−1 before any). */
export function lastFilled(snap: LlnSnapshot): number {
  let i = snap.grid.length - 1;
  while (i >= 0 && snap.grid[i] > snap.drawn) i--;
  return i;
}
