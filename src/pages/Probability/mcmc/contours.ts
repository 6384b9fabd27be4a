/** Contour lines of a target's density, as SVG path strings in plot pixels. */
import { contours } from 'd3';
import type { Target2D } from '../../../core';

const GRID = 120;

/**
 * Levels of log π below its maximum over the plot: for a Gaussian the region log π ≥ max − c holds
 * 1 − e^{−c} of the mass, so these enclose about 39%, 63%, 86%, 95% and 99%.
 */
export const CONTOUR_DROPS = [4.6, 3, 2, 1, 0.5];

/** Contours of log π on a GRID×GRID lattice over the target's bounds, mapped by sx, sy to pixels. */
export function targetContours(
  target: Target2D,
  sx: (x: number) => number,
  sy: (y: number) => number,
): string[] {
  const [x0, x1, y0, y1] = target.bounds;
  const values = new Float64Array(GRID * GRID);
  let max = -Infinity;
  for (let j = 0; j < GRID; j++)
    for (let i = 0; i < GRID; i++) {
      const v = target.logDensity(x0 + ((x1 - x0) * (i + 0.5)) / GRID, y0 + ((y1 - y0) * (j + 0.5)) / GRID);
      values[j * GRID + i] = v;
      if (v > max) max = v;
    }
  if (!Number.isFinite(max)) return [];
  // The contour finder needs finite numbers: outside the support counts as far below every level.
  const floor = max - 1e3;
  for (let k = 0; k < values.length; k++) if (!(values[k] >= floor)) values[k] = floor;
  const gen = contours()
    .size([GRID, GRID])
    .thresholds(CONTOUR_DROPS.map((c) => max - c));
  // Grid coordinate g ∈ [0, GRID] maps to x0 + (x1 − x0)·g/GRID (cell centres sit at g = i + 0.5).
  const px = (g: number) => sx(x0 + ((x1 - x0) * g) / GRID);
  const py = (g: number) => sy(y0 + ((y1 - y0) * g) / GRID);
  return gen(Array.from(values)).map((mp) => {
    let d = '';
    for (const polygon of mp.coordinates)
      for (const ring of polygon) {
        ring.forEach(([gx, gy], k) => {
          d += `${k === 0 ? 'M' : 'L'}${px(gx).toFixed(1)},${py(gy).toFixed(1)}`;
        });
        d += 'Z';
      }
    return d;
  });
}
