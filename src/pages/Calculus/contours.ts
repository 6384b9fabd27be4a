/**
 * Contour bands and the gradient field of a grid, in plot pixels (pure functions of the grid and
 * scales). Below the lowest level the plot's background shows, filled with the lowest colour.
 */
import { contours, geoPath, geoTransform } from 'd3';
import type { GridResult } from '../../worker/protocol';
import { heightRank } from './palette';

export interface Band {
  d: string;
  /** Rank in [0, 1] of the band's lower level (its fill colour). */
  rank: number;
  level: number;
}

/** Levels at percentiles of the grid's values: dense where the values are (a narrow valley gets lines too). */
const LEVEL_PERCENTILES = [
  1, 3, 6, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 98,
];

export function contourBands(grid: GridResult, sx: (x: number) => number, sy: (y: number) => number): Band[] {
  const { n, xs, ys, values, percentiles } = grid;
  if (!Number.isFinite(percentiles[0])) return [];
  const levels = [...new Set(LEVEL_PERCENTILES.map((k) => percentiles[k]))].sort((a, b) => a - b);
  const x0 = xs[0];
  const y0 = ys[0];
  const dx = (xs[n - 1] - x0) / (n - 1);
  const dy = (ys[n - 1] - y0) / (n - 1);
  // d3-contour puts grid value i at coordinate i + 0.5.
  const projection = geoTransform({
    point(x, y) {
      this.stream.point(sx(x0 + (x - 0.5) * dx), sy(y0 + (y - 0.5) * dy));
    },
  });
  const path = geoPath(projection);
  const generator = contours().size([n, n]).thresholds(levels);
  const bands: Band[] = [];
  for (const c of generator(values as unknown as number[])) {
    bands.push({ d: path(c) ?? '', rank: heightRank(c.value, percentiles), level: c.value });
  }
  return bands;
}

export interface Arrow {
  x: number;
  y: number;
  dx: number;
  dy: number;
}

/**
 * Descent directions −∇f on a coarse lattice, in pixel space. The on-screen gradient of f is
 * (f_x / sx', f_y / sy') for scales of slope sx', sy' (so arrows stay perpendicular to the drawn
 * contours even when the axes are scaled differently). Lengths grow with log|∇f|, capped at the cell.
 */
export function gradientArrows(
  grid: GridResult,
  sx: (x: number) => number,
  sy: (y: number) => number,
  per = 15,
): Arrow[] {
  const { n, xs, ys, gx, gy } = grid;
  const kx = (sx(xs[n - 1]) - sx(xs[0])) / (xs[n - 1] - xs[0]);
  const ky = (sy(ys[n - 1]) - sy(ys[0])) / (ys[n - 1] - ys[0]);
  const cell = Math.abs(sx(xs[n - 1]) - sx(xs[0])) / per;
  const raw: { x: number; y: number; ux: number; uy: number; m: number }[] = [];
  for (let a = 0; a < per; a++) {
    for (let b = 0; b < per; b++) {
      const i = Math.round(((a + 0.5) / per) * (n - 1));
      const j = Math.round(((b + 0.5) / per) * (n - 1));
      // Nothing where f itself is not finite (log(x) at x < 0 has a finite 1/x but no value).
      if (!Number.isFinite(grid.values[j * n + i])) continue;
      const px = -gx[j * n + i] / kx;
      const py = -gy[j * n + i] / ky;
      const m = Math.hypot(px, py);
      if (!Number.isFinite(m) || m === 0) continue;
      raw.push({ x: sx(xs[i]), y: sy(ys[j]), ux: px / m, uy: py / m, m: Math.log(m) });
    }
  }
  if (raw.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of raw) {
    lo = Math.min(lo, r.m);
    hi = Math.max(hi, r.m);
  }
  return raw.map((r) => {
    const len = cell * 0.8 * (0.3 + 0.7 * (hi > lo ? (r.m - lo) / (hi - lo) : 1));
    return { x: r.x - (r.ux * len) / 2, y: r.y - (r.uy * len) / 2, dx: r.ux * len, dy: r.uy * len };
  });
}

/** Where f is not a real number (or not finite) on the grid, as one SVG path, and a spot for its label. */
export interface UndefinedRegion {
  d: string;
  /** A grid point inside the region, in pixels, for the word "undefined". */
  label: { x: number; y: number };
  /** Share of the grid's points where f is undefined. */
  share: number;
}

export function undefinedRegion(
  grid: GridResult,
  sx: (x: number) => number,
  sy: (y: number) => number,
): UndefinedRegion | null {
  const { n, xs, ys, values } = grid;
  const mask = new Float64Array(n * n);
  let count = 0;
  let ci = 0;
  let cj = 0;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++)
      if (!Number.isFinite(values[j * n + i])) {
        mask[j * n + i] = 1;
        count++;
        ci += i;
        cj += j;
      }
  if (count === 0) return null;
  // The label goes on the undefined point nearest the region's centre of mass.
  ci /= count;
  cj /= count;
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < n * n; k++) {
    if (!mask[k]) continue;
    const d = ((k % n) - ci) ** 2 + (Math.floor(k / n) - cj) ** 2;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  const x0 = xs[0];
  const y0 = ys[0];
  const dx = (xs[n - 1] - x0) / (n - 1);
  const dy = (ys[n - 1] - y0) / (n - 1);
  const projection = geoTransform({
    point(x, y) {
      // Cell edges clamped to the grid, so the region stops at the plot's border.
      const gx = Math.min(n - 1, Math.max(0, x - 0.5));
      const gy = Math.min(n - 1, Math.max(0, y - 0.5));
      this.stream.point(sx(x0 + gx * dx), sy(y0 + gy * dy));
    },
  });
  const [shape] = contours().size([n, n]).thresholds([0.5])(mask as unknown as number[]);
  return {
    d: geoPath(projection)(shape) ?? '',
    label: { x: sx(xs[best % n]), y: sy(ys[Math.floor(best / n)]) },
    share: count / (n * n),
  };
}
