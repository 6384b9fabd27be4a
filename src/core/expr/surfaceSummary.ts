/** How a surface's values are summarised for drawing: percentiles, and a display range that clips poles. */

export interface SurfaceSummary {
  /** The 0th … 100th percentiles of the finite values (NaN when there are none). */
  percentiles: Float64Array;
  /** The display range of z. */
  zLow: number;
  zHigh: number;
  /** How many values are finite. */
  finite: number;
}

/** The percentiles of the finite values and a display range that clips outliers. */
export function summarizeSurface(values: Float64Array): SurfaceSummary {
  const sorted = values.filter(Number.isFinite).sort();
  const finite = sorted.length;
  const percentiles = new Float64Array(101).fill(NaN);
  if (finite === 0) return { percentiles, zLow: 0, zHigh: 1, finite };
  for (let k = 0; k <= 100; k++) percentiles[k] = sorted[Math.round(((finite - 1) * k) / 100)];
  // The bulk of the values (2nd to 98th percentile) widened by half its spread: a pole or an
  // exponential wall gets cut off, while an ordinary surface keeps its whole range.
  const lo = percentiles[2];
  const hi = percentiles[98];
  const pad = 0.5 * (hi - lo);
  let zLow = Math.max(sorted[0], lo - pad);
  let zHigh = Math.min(sorted[finite - 1], hi + pad);
  if (!(zHigh > zLow)) {
    const mid = zLow;
    const half = Math.max(1e-9, Math.abs(mid) * 1e-6);
    zLow = mid - half;
    zHigh = mid + half;
  }
  return { percentiles, zLow, zHigh, finite };
}
