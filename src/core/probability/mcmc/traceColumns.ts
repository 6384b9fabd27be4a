/**
 * A chain's trace decimated as it grows: min and max per column of [0, total), so that a trace of 10^6
 * steps crosses to the page as a few thousand numbers and is drawn as ≤ width vertical strokes.
 */

/** Columns kept per trace: more than any chart is wide in CSS pixels, so each pixel merges whole columns. */
export const TRACE_COLUMNS = 2048;

/** The decimated trace of one coordinate: see {@link TraceDecimator}. */
export interface TraceColumns {
  /** Column c covers steps [c·total/columns, (c+1)·total/columns); NaN where no step has arrived. */
  lo: Float64Array;
  hi: Float64Array;
  /** Steps added so far, their sum, min, max and the latest value. */
  count: number;
  sum: number;
  min: number;
  max: number;
  last: number;
}

/**
 * Min/max per column of a value stream of known length `total`. Each column also takes the last value
 * before it (the segment joining the two crosses into it), so its stroke covers exactly what a
 * full-resolution polyline would draw there.
 */
export class TraceDecimator {
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  private readonly perColumn: number;
  private column = -1;
  private prev = NaN;
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;

  constructor(
    readonly total: number,
    readonly columns = TRACE_COLUMNS,
  ) {
    this.lo = new Float64Array(columns).fill(NaN);
    this.hi = new Float64Array(columns).fill(NaN);
    this.perColumn = Math.max(1, total) / columns;
  }

  /** Adds values[from … to) as steps count, count + 1, … */
  add(values: ArrayLike<number>, from: number, to: number): void {
    const { lo, hi, columns, perColumn } = this;
    for (let i = from; i < to; i++) {
      const v = values[i];
      const c = Math.min(columns - 1, Math.floor(this.count / perColumn));
      if (c !== this.column) {
        this.column = c;
        lo[c] = hi[c] = Number.isNaN(this.prev) ? v : this.prev;
      }
      if (v < lo[c]) lo[c] = v;
      if (v > hi[c]) hi[c] = v;
      if (v < this.min) this.min = v;
      if (v > this.max) this.max = v;
      this.sum += v;
      this.prev = v;
      this.count++;
    }
  }

  /** A copy to send (the page may keep it while the decimator goes on). */
  snapshot(): TraceColumns {
    return {
      lo: this.lo.slice(),
      hi: this.hi.slice(),
      count: this.count,
      sum: this.sum,
      min: this.min,
      max: this.max,
      last: this.prev,
    };
  }
}

/**
 * Merges decimated columns into `pixels` columns (pixel p takes the columns whose range starts in it):
 * min of the lows and max of the highs, NaN where none has data.
 */
export function mergeTraceColumns(
  t: { lo: Float64Array; hi: Float64Array },
  pixels: number,
): { lo: Float64Array; hi: Float64Array } {
  const n = t.lo.length;
  const lo = new Float64Array(pixels).fill(NaN);
  const hi = new Float64Array(pixels).fill(NaN);
  for (let c = 0; c < n; c++) {
    if (Number.isNaN(t.lo[c])) continue;
    const p = Math.min(pixels - 1, Math.floor((c * pixels) / n));
    if (!(t.lo[c] >= lo[p])) lo[p] = t.lo[c];
    if (!(t.hi[c] <= hi[p])) hi[p] = t.hi[c];
  }
  return { lo, hi };
}
