import { binBlock } from './binBlock';
import { RunningMoments } from './moments';

/** binBlock's running totals: below, above, S1 = Σ(x − k), S2 = Σ(x − k)². Module-level: add allocates nothing. */
const acc = new Float64Array(4);
const BLOCK = 8192;

/**
 * What a sampling snapshot shows of a histogram stream: its mean (NaN before any value) and unbiased variance,
 * the bins (bin i spans lo + [i, i+1)·binWidth, heights counts / (values binned · binWidth)) and the shares of
 * the values that fell below and above the range.
 */
export interface HistogramSummary {
  mean: number;
  variance: number;
  lo: number;
  binWidth: number;
  density: Float64Array;
  below: number;
  above: number;
}

/**
 * A fixed-range histogram filled chunk by chunk in O(bins) memory, with the stream's moments.
 *
 * Continuous: `bins` equal bins of width w = (hi − lo)/bins on [lo, hi]; x falls in bin ⌊(x − lo)/w⌋
 * (found by one multiply and a truncation, not a search), x = hi in the last bin. Discrete
 * ({@link StreamingHistogram.integers}): one bin per integer k ∈ [kLo, kHi], i.e. edges at k ± ½.
 * Samples outside the range are tallied in `below` / `above` (NaN in `above`) and count towards the total.
 *
 * For the worker: keep a fine histogram (≥ {@link KS_GRID_BINS} bins) for {@link ksGrid} and either a
 * second coarse one for display built with `{ moments: false }` (moments are already kept by the
 * fine one), or derive the display bins with {@link StreamingHistogram.coarsen} when they divide.
 */
export class StreamingHistogram {
  readonly counts: Float64Array;
  below = 0;
  above = 0;
  /** Count, mean and variance of every sample added, in range or not; unused with `moments: false`. */
  readonly moments = new RunningMoments();
  readonly width: number;
  /** True when bin i holds the integer lo + ½ + i. */
  readonly discrete: boolean;
  private readonly scale: number;
  private readonly trackMoments: boolean;
  private seen = 0;

  constructor(
    readonly lo: number,
    readonly hi: number,
    readonly bins: number,
    options: { discrete?: boolean; moments?: boolean } = {},
  ) {
    this.discrete = options.discrete ?? false;
    this.trackMoments = options.moments ?? true;
    this.counts = new Float64Array(bins);
    this.width = (hi - lo) / bins;
    this.scale = bins / (hi - lo);
  }

  /** One bin per integer k ∈ [kLo, kHi], for integer-valued (discrete) distributions. */
  static integers(kLo: number, kHi: number, options: { moments?: boolean } = {}): StreamingHistogram {
    return new StreamingHistogram(kLo - 0.5, kHi + 0.5, kHi - kLo + 1, { ...options, discrete: true });
  }

  /** Number of samples added so far. */
  get total(): number {
    return this.seen;
  }

  /** Counts every element of `chunk` into its bin and, unless disabled, into the running moments. */
  add(chunk: Float64Array): void {
    const k = this.trackMoments ? this.moments.shiftFor(chunk) : 0;
    acc.fill(0);
    for (let from = 0; from < chunk.length; from += BLOCK) {
      binBlock(
        chunk,
        from,
        Math.min(chunk.length, from + BLOCK),
        this.counts,
        this.lo,
        this.hi,
        this.scale,
        k,
        acc,
      );
    }
    this.below += acc[0];
    this.above += acc[1];
    this.seen += chunk.length;
    if (this.trackMoments) this.moments.addSums(chunk.length, k, acc[2], acc[3]);
  }

  /** Left edge of bin i (i = bins gives hi). */
  edge(i: number): number {
    return this.lo + i * this.width;
  }

  /** Bin heights c_i/(N·w), N = all samples: the in-range histogram integrates to the in-range fraction, 1 when none fell outside. */
  density(): Float64Array {
    const d = new Float64Array(this.bins);
    const norm = this.seen > 0 ? 1 / (this.seen * this.width) : 0;
    for (let i = 0; i < this.bins; i++) d[i] = this.counts[i] * norm;
    return d;
  }

  /**
   * What a sampling snapshot shows of the stream: its mean (NaN before any sample) and variance, the bins
   * (lo, width, density) and the shares that fell below and above the range.
   */
  summary(): HistogramSummary {
    const seen = Math.max(1, this.total);
    return {
      mean: this.moments.count > 0 ? this.moments.mean : NaN,
      variance: this.moments.variance,
      lo: this.lo,
      binWidth: this.width,
      density: this.density(),
      below: this.below / seen,
      above: this.above / seen,
    };
  }

  /** Adds another histogram with the same range and bins (e.g. from another worker). */
  merge(other: StreamingHistogram): void {
    if (other.bins !== this.bins || other.lo !== this.lo || other.hi !== this.hi)
      throw new RangeError('histogram ranges differ');
    for (let i = 0; i < this.bins; i++) this.counts[i] += other.counts[i];
    this.below += other.below;
    this.above += other.above;
    this.seen += other.seen;
    if (this.trackMoments) this.moments.merge(other.moments);
  }

  /** A histogram on the same range with bins/factor bins, each the sum of `factor` adjacent bins (no moments). */
  coarsen(factor: number): StreamingHistogram {
    if (!Number.isInteger(factor) || factor < 1 || this.bins % factor !== 0)
      throw new RangeError('factor must divide bins');
    const h = new StreamingHistogram(this.lo, this.hi, this.bins / factor, { moments: false });
    for (let i = 0; i < this.bins; i++) h.counts[(i / factor) | 0] += this.counts[i];
    h.below = this.below;
    h.above = this.above;
    h.seen = this.seen;
    return h;
  }
}
