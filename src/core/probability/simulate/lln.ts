import { makeDistribution } from '../distributions/registry';
import { samplingProblem } from '../sampling/representable';
import type { Distribution, DistributionName } from '../distributions/types';
import { createRng, type Rng } from '../rng';
import { logGrid } from './logGrid';
import { RunningMeanTrace } from './runningMean';
import { streamSeed } from './seeds';
import type { Run } from '../run';

export const LLN_MAX_DRAWS = 1_000_000;
export const LLN_MAX_RUNS = 10;

export interface LlnRequest {
  dist: DistributionName;
  params: Record<string, number>;
  /** Draws per run, 1 … 10⁶. */
  n: number;
  /** Independent runs, 1 … 10; run r uses the stream streamSeed(seed, r). */
  runs: number;
  seed: number;
}

export interface LlnSnapshot {
  /** Draws made so far in each run, and the target n. */
  drawn: number;
  total: number;
  /** Sample counts of the log grid (see logGrid). */
  grid: Float64Array;
  /** Run r's running mean at grid[i] is means[r · grid.length + i]; NaN where not reached yet. */
  means: Float64Array;
  runs: number;
}

/** Draws per run between snapshots; small enough that one step of 10 runs stays far below a time slice. */
const CHUNK = 8192;

/**
 * Several independent runs of x̄ₙ = (X₁ + … + Xₙ)/n for n = 1 … N, advanced together chunk by chunk so
 * that a streamed snapshot shows every run at the same n. Memory O(runs · grid), not O(N).
 */
export class LlnRun implements Run<LlnSnapshot> {
  private readonly dist: Distribution;
  private readonly rngs: Rng[];
  private readonly traces: RunningMeanTrace[];
  private readonly chunk: Float64Array;
  readonly grid: Float64Array;
  drawn = 0;

  constructor(readonly request: LlnRequest) {
    const { n, runs } = request;
    if (!Number.isSafeInteger(n) || n < 1 || n > LLN_MAX_DRAWS)
      throw new RangeError(`n must be a whole number from 1 to ${LLN_MAX_DRAWS}`);
    if (!Number.isInteger(runs) || runs < 1 || runs > LLN_MAX_RUNS)
      throw new RangeError(`runs must be a whole number from 1 to ${LLN_MAX_RUNS}`);
    this.dist = makeDistribution(request.dist, request.params);
    const problem = samplingProblem(this.dist);
    if (problem) throw new RangeError(problem);
    // 60 points a decade: smooth on a log axis, and light enough to redraw ten runs at every snapshot.
    this.grid = logGrid(n, 60);
    this.rngs = Array.from({ length: runs }, (_, r) => createRng(streamSeed(request.seed, r)));
    this.traces = this.rngs.map(() => new RunningMeanTrace(this.grid));
    this.chunk = new Float64Array(Math.min(CHUNK, n));
  }

  get done(): boolean {
    return this.drawn >= this.request.n;
  }

  /** Draws the next chunk of every run. */
  step(): void {
    const m = Math.min(this.chunk.length, this.request.n - this.drawn);
    if (m <= 0) return;
    const buf = m === this.chunk.length ? this.chunk : this.chunk.subarray(0, m);
    for (let r = 0; r < this.rngs.length; r++) {
      this.dist.fill(this.rngs[r], buf);
      this.traces[r].add(buf);
    }
    this.drawn += m;
  }

  /** A copy of the traces so far (the copy is transferred to the page). */
  snapshot(): LlnSnapshot {
    const g = this.grid.length;
    const means = new Float64Array(g * this.traces.length);
    this.traces.forEach((t, r) => means.set(t.means, r * g));
    return {
      drawn: this.drawn,
      total: this.request.n,
      grid: this.grid.slice(),
      means,
      runs: this.traces.length,
    };
  }
}
