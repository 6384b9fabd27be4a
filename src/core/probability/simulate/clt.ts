import { makeDistribution } from '../distributions/registry';
import { samplingProblem } from '../sampling/representable';
import type { Distribution, DistributionName } from '../distributions/types';
import { createRng, type Rng } from '../rng';
import { StreamingHistogram } from '../stats/histogram';
import { statisticBins } from './cltRange';
import { momentStatus } from './skewness';
import { SkewMoments } from './skewMoments';
import type { Run } from '../run';

export const CLT_MAX_K = 1000;
export const CLT_MAX_REPS = 1_000_000;
/** k · repetitions: 10⁸ draws take a few seconds in the worker. */
export const CLT_MAX_DRAWS = 100_000_000;

export interface CltRequest {
  dist: DistributionName;
  params: Record<string, number>;
  /** Draws per statistic, 1 … 1000. */
  k: number;
  /** Number of statistics (repetitions). */
  reps: number;
  stat: 'mean' | 'sum';
  seed: number;
}

export interface CltSnapshot {
  done: number;
  total: number;
  /** Histogram of the statistic as a density: bin i spans lo + [i, i+1)·binWidth. */
  lo: number;
  binWidth: number;
  density: Float64Array;
  /** Fractions of the statistics below and above the histogram window. */
  below: number;
  above: number;
  /** Lattice spacing of the statistic, 0 for continuous laws. */
  spacing: number;
  mean: number;
  variance: number;
  skewness: number;
}

/** Problems with k, repetitions and their product, phrased for inline messages; empty when valid. */
export function cltSizeProblems(k: number, reps: number): { field: 'k' | 'reps'; message: string }[] {
  const out: { field: 'k' | 'reps'; message: string }[] = [];
  if (!Number.isInteger(k) || k < 1 || k > CLT_MAX_K)
    out.push({ field: 'k', message: `k must be a whole number from 1 to ${CLT_MAX_K}` });
  if (!Number.isInteger(reps) || reps < 100 || reps > CLT_MAX_REPS)
    out.push({ field: 'reps', message: 'repetitions must be a whole number from 100 to 10^6' });
  if (out.length === 0 && k * reps > CLT_MAX_DRAWS)
    out.push({
      field: 'reps',
      message: `k × repetitions must be at most 10^8 (now ${(k * reps).toExponential(1)})`,
    });
  return out;
}

const CHUNK_DRAWS = 1 << 15;
const PILOT = 4096;

/**
 * Repetitions of S_k = X₁ + … + X_k (or S_k / k) streamed into a histogram with their mean, variance
 * and skewness. The window is set from a pilot of the first statistics (see statisticBins).
 */
export class CltRun implements Run<CltSnapshot> {
  private readonly dist: Distribution;
  private readonly rng: Rng;
  private readonly draws: Float64Array;
  private readonly stats: Float64Array;
  private readonly hist: StreamingHistogram;
  private readonly moments = new SkewMoments();
  readonly spacing: number;
  completed = 0;

  constructor(readonly request: CltRequest) {
    const problems = cltSizeProblems(request.k, request.reps);
    if (problems.length > 0) throw new RangeError(problems[0].message);
    const { k, stat } = request;
    this.dist = makeDistribution(request.dist, request.params);
    const problem = samplingProblem(this.dist);
    if (problem) throw new RangeError(problem);
    this.rng = createRng(request.seed);
    const perChunk = Math.max(1, Math.floor(CHUNK_DRAWS / k));
    this.draws = new Float64Array(perChunk * k);
    this.stats = new Float64Array(Math.max(perChunk, PILOT));
    this.spacing = this.dist.discrete ? (stat === 'mean' ? 1 / k : 1) : 0;

    const pilot = this.stats.subarray(0, Math.min(PILOT, request.reps));
    this.fillStats(pilot);
    const d = this.dist;
    const finite = momentStatus(d) === 'finite';
    const center = stat === 'mean' ? d.mean : k * d.mean;
    const scale = finite ? Math.sqrt(stat === 'mean' ? d.variance / k : k * d.variance) : NaN;
    // The statistic's support: k·[a, b] for the sum of k draws on [a, b], [a, b] for their mean.
    const times = stat === 'mean' ? 1 : k;
    const a = d.quantile(0);
    const z = d.quantile(1);
    const b = statisticBins(pilot, center, scale, this.spacing, [a * times, z * times]);
    this.hist = new StreamingHistogram(b.lo, b.hi, b.bins, { moments: false });
    this.record(pilot);
  }

  get done(): boolean {
    return this.completed >= this.request.reps;
  }

  /** The next chunk of statistics. */
  step(): void {
    const m = Math.min(Math.floor(this.draws.length / this.request.k), this.request.reps - this.completed);
    if (m <= 0) return;
    const out = this.stats.subarray(0, m);
    this.fillStats(out);
    this.record(out);
  }

  private fillStats(out: Float64Array): void {
    const { k, stat } = this.request;
    for (let from = 0; from < out.length;) {
      const m = Math.min(out.length - from, Math.floor(this.draws.length / k));
      const buf = this.draws.subarray(0, m * k);
      this.dist.fill(this.rng, buf);
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let i = j * k, end = i + k; i < end; i++) s += buf[i];
        out[from + j] = stat === 'mean' ? s / k : s;
      }
      from += m;
    }
  }

  private record(values: Float64Array): void {
    this.hist.add(values);
    this.moments.add(values);
    this.completed += values.length;
  }

  snapshot(): CltSnapshot {
    const h = this.hist;
    const n = Math.max(1, h.total);
    return {
      done: this.completed,
      total: this.request.reps,
      lo: h.lo,
      binWidth: h.width,
      density: h.density(),
      below: h.below / n,
      above: h.above / n,
      spacing: this.spacing,
      mean: this.moments.mean,
      variance: this.moments.variance,
      skewness: this.moments.skewness,
    };
  }
}
