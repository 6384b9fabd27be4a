/** Min/max per pixel column: a trace of 10^6 steps drawn as ≤ width vertical strokes, not 10^6 segments. */

/**
 * For each of `columns` equal slices of [0, total) that holds data below `count`, the min and max of
 * its values and of the last value before it (the segment joining the two crosses into this column),
 * so the strokes cover exactly what a full-resolution polyline would. NaN for empty columns.
 */
export function traceColumns(
  values: ArrayLike<number>,
  count: number,
  total: number,
  columns: number,
): { lo: Float64Array; hi: Float64Array } {
  const lo = new Float64Array(columns).fill(NaN);
  const hi = new Float64Array(columns).fill(NaN);
  const perColumn = total / columns;
  let prev = NaN;
  let column = -1;
  for (let i = 0; i < count; i++) {
    const c = Math.min(columns - 1, Math.floor(i / perColumn));
    const v = values[i];
    if (c !== column) {
      column = c;
      lo[c] = hi[c] = Number.isNaN(prev) ? v : prev;
    }
    if (v < lo[c]) lo[c] = v;
    if (v > hi[c]) hi[c] = v;
    prev = v;
  }
  return { lo, hi };
}
