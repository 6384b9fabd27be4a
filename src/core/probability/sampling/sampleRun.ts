import {
  DISTRIBUTIONS,
  makeDistribution,
  type Distribution,
  type DistributionName,
} from '../distributions/index';
import { createRng, type Rng } from '../rng';
import { ksExact, StreamingHistogram, type HistogramSummary } from '../stats/index';
import { QuantileGrid } from './quantileGrid';
import { samplingProblem } from './representable';
import type { Run } from '../run';

/** What the page asks the worker to draw. */
export interface SampleRequest {
  dist: DistributionName;
  params: Record<string, number>;
  /** Number of samples, 1 … 10^9. */
  n: number;
  seed: number;
}

/**
 * One consistent view of a run so far: every readout on the page comes from the same snapshot (the histogram's
 * summary: mean, unbiased variance, bins over drawn · width, shares outside the window; and the rest below).
 */
export interface SampleSnapshot extends HistogramSummary {
  drawn: number;
  total: number;
  done: boolean;
  /** Kolmogorov–Smirnov distance to the true cdf. */
  ks: number;
  /** `exact` from the sorted sample (n ≤ 10^6, at the end); `grid` at the edges of a 4096-cell quantile grid. */
  ksMode: 'exact' | 'grid';
  discrete: boolean;
  /**
   * The empirical cdf as a step function: Fₙ(t) = F[i] for x[i] ≤ t < x[i + 1], Fₙ(t) = `before` left of
   * x[0], every value exact (a count of samples ≤ x[i] over n). At the end of a run of at most
   * {@link ECDF_MAX_JUMPS} samples x holds every distinct sample value, so the steps are the samples'
   * own; otherwise x are the edges of the KS quantile grid inside the display window (every integer for
   * a discrete law with a modest support), exact at each edge and at most 1/4096 of probability apart.
   */
  ecdf: { x: Float64Array; F: Float64Array; before: number };
}

/** Above this many samples a run streams (O(bins) memory); at or below it the sample is kept for exact KS. */
export const EXACT_KS_MAX = 1_000_000;
/** Samples drawn per step: large enough to amortise the call, small enough to cancel promptly. */
export const CHUNK = 1 << 16;
/** Cells of the quantile grid behind the streamed KS distance. */
export const KS_GRID_CELLS = 4096;
/** Up to this many samples the finished empirical cdf is drawn from the samples themselves. */
export const ECDF_MAX_JUMPS = 5000;
/** Otherwise at most this many exact points of Fₙ span the display window (about one per pixel). */
export const ECDF_MAX_POINTS = 1024;

/**
 * A sampling run, advanced a chunk at a time by `step()` so that the worker can yield, report and cancel
 * between chunks. Memory is O(bins) for streamed runs; runs of at most {@link EXACT_KS_MAX} keep their
 * samples for the exact KS distance at the end.
 */
export class SampleRun implements Run<SampleSnapshot> {
  private readonly dist: Distribution;
  private readonly rng: Rng;
  private readonly hist: StreamingHistogram;
  private readonly grid: QuantileGrid;
  private readonly kept: Float64Array | null;
  private readonly buffer = new Float64Array(CHUNK);
  private drawn = 0;
  private exactKs: number | null = null;

  constructor(readonly request: SampleRequest) {
    this.dist = makeDistribution(request.dist, request.params);
    if (!Number.isSafeInteger(request.n) || request.n < 1 || request.n > 1e9)
      throw new RangeError('sample size must be a whole number from 1 to 10^9');
    const problem = samplingProblem(this.dist);
    if (problem) throw new RangeError(problem);
    this.rng = createRng(request.seed);
    this.hist = displayHistogram(this.dist, DISTRIBUTIONS[request.dist].plotRange(request.params), request.n);
    this.grid = ksGridFor(this.dist);
    this.kept = request.n <= EXACT_KS_MAX ? new Float64Array(request.n) : null;
  }

  get done(): boolean {
    return this.drawn === this.request.n && (this.kept === null || this.exactKs !== null);
  }

  /** Draws the next chunk; after the last one, sorts a kept sample for the exact KS distance. */
  step(): void {
    const { n } = this.request;
    if (this.drawn < n) {
      const size = Math.min(CHUNK, n - this.drawn);
      const chunk = this.kept
        ? this.kept.subarray(this.drawn, this.drawn + size)
        : this.buffer.subarray(0, size);
      this.dist.fill(this.rng, chunk);
      this.hist.add(chunk);
      this.grid.add(chunk);
      this.drawn += chunk.length;
    } else if (this.kept && this.exactKs === null) {
      this.exactKs = ksExact(this.kept.sort(), (x) => this.dist.cdf(x), this.dist.discrete);
    }
  }

  snapshot(): SampleSnapshot {
    return {
      drawn: this.drawn,
      total: this.request.n,
      done: this.done,
      ...this.hist.summary(),
      ks: this.exactKs ?? this.grid.ksDistance(),
      ksMode: this.exactKs === null ? 'grid' : 'exact',
      discrete: this.dist.discrete,
      ecdf: this.ecdf(),
    };
  }

  /** See {@link SampleSnapshot.ecdf}. */
  private ecdf(): SampleSnapshot['ecdf'] {
    const sorted = this.kept !== null && this.exactKs !== null ? this.kept : null;
    if (sorted && sorted.length <= ECDF_MAX_JUMPS) return stepsOfSorted(sorted);
    const { edges, counts } = this.grid;
    let n = 0;
    for (let i = 0; i < counts.length; i++) n += counts[i];
    const lo = this.hist.lo;
    const hi = this.hist.hi;
    const xs: number[] = [];
    const Fs: number[] = [];
    let cum = 0;
    let before = 0;
    // At most ECDF_MAX_POINTS points across the window: an edge closer than 1/ECDF_MAX_POINTS of it to
    // the previous point is left out (each kept point stays exact; the drawn step moves < 1 pixel).
    const gap = (hi - lo) / ECDF_MAX_POINTS;
    let lastX = -Infinity;
    for (let k = 0; k < edges.length; k++) {
      cum += counts[k];
      if (edges[k] < lo) before = cum;
      else if (edges[k] <= hi && edges[k] - lastX >= gap) {
        xs.push(edges[k]);
        Fs.push(n > 0 ? cum / n : 0);
        lastX = edges[k];
      }
    }
    return { x: Float64Array.from(xs), F: Float64Array.from(Fs), before: n > 0 ? before / n : 0 };
  }
}

/** The exact step function of a sorted sample: its distinct values, each with Fₙ = (# samples ≤ it)/n. */
export function stepsOfSorted(sorted: Float64Array): SampleSnapshot['ecdf'] {
  const n = sorted.length;
  const xs: number[] = [];
  const Fs: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i + 1 < n && sorted[i + 1] === sorted[i]) continue;
    xs.push(sorted[i]);
    Fs.push((i + 1) / n);
  }
  return { x: Float64Array.from(xs), F: Float64Array.from(Fs), before: 0 };
}

/**
 * Display bins over the plotting window: one per integer for discrete laws (grouped when the window is
 * wide), and for continuous laws Rice's rule 2·n^(1/3), kept between 10 and 200 bins.
 */
function displayHistogram(d: Distribution, [lo, hi]: [number, number], n: number): StreamingHistogram {
  if (d.discrete) {
    const kLo = Math.floor(lo);
    const kHi = Math.max(kLo, Math.ceil(hi));
    const span = kHi - kLo + 1;
    if (span <= 400) return StreamingHistogram.integers(kLo, kHi);
    const w = Math.ceil(span / 400);
    const bins = Math.ceil(span / w);
    return new StreamingHistogram(kLo - 0.5, kLo - 0.5 + bins * w, bins);
  }
  const bins = Math.min(200, Math.max(10, Math.ceil(2 * Math.cbrt(n))));
  return new StreamingHistogram(lo, hi > lo ? hi : lo + 1, bins);
}

/** Discrete laws with a modest support get every integer as a grid edge (then the grid KS is exact). */
function ksGridFor(d: Distribution): QuantileGrid {
  const cdf = (x: number) => d.cdf(x);
  if (d.discrete) {
    const kLo = d.quantile(1e-12);
    const kHi = d.quantile(1 - 1e-12);
    if (Number.isFinite(kLo) && Number.isFinite(kHi) && kHi - kLo < 65_536) {
      const edges = new Float64Array(kHi - kLo + 1);
      for (let i = 0; i < edges.length; i++) edges[i] = kLo + i;
      return new QuantileGrid(edges, cdf);
    }
  }
  return QuantileGrid.fromQuantiles((p) => d.quantile(p), cdf, KS_GRID_CELLS);
}
