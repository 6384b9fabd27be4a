/** A Markov chain on a 2D target that records every state, proposal and accept/reject decision. */
import { createRng, type FastRng } from '../rng';
import { hmcStep, newHmcScratch, type HmcScratch } from './hmc';
import { mhStep } from './mh';
import { newReport, type ChainState, type StepReport } from './state';
import type { Target2D } from './target';

export type McmcAlgorithm = 'mh' | 'hmc';

export interface ChainOptions {
  algorithm: McmcAlgorithm;
  /** Random-walk MH: standard deviation of the Gaussian proposal. */
  scale: number;
  /** HMC: leapfrog step size ε. */
  stepSize: number;
  /** HMC: leapfrog steps per proposal L. */
  leapfrogSteps: number;
  /** Length of the chain (number of transitions). */
  steps: number;
  seed: number;
  /** Starting point; the target's own start when omitted. */
  start?: readonly [number, number];
}

export const MAX_CHAIN_STEPS = 1_000_000;

/** Throws a RangeError naming the first option that cannot run. */
export function checkChainOptions(o: ChainOptions): void {
  if (o.algorithm !== 'mh' && o.algorithm !== 'hmc') throw new RangeError('algorithm must be mh or hmc');
  if (!Number.isInteger(o.steps) || o.steps < 1 || o.steps > MAX_CHAIN_STEPS)
    throw new RangeError(`steps must be a whole number from 1 to ${MAX_CHAIN_STEPS}`);
  if (o.algorithm === 'mh' && !(o.scale > 0 && Number.isFinite(o.scale)))
    throw new RangeError('the proposal scale must be a positive number');
  if (o.algorithm === 'hmc') {
    if (!(o.stepSize > 0 && Number.isFinite(o.stepSize)))
      throw new RangeError('the step size must be a positive number');
    if (!Number.isInteger(o.leapfrogSteps) || o.leapfrogSteps < 1 || o.leapfrogSteps > 1000)
      throw new RangeError('leapfrog steps must be a whole number from 1 to 1000');
  }
}

/**
 * The chain X₀ = start, X₁, …, X_n. Step i (0-based) moves from X_i to X_{i+1}: `xs[i], ys[i]` hold
 * X_{i+1}, `px[i], py[i]` the proposal made from X_i and `accepted[i]` whether it was taken.
 * Buffers are allocated once; `advance` fills them in order, so a chain cut into chunks equals one
 * run at once for the same seed.
 */
export class McmcChain {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly px: Float64Array;
  readonly py: Float64Array;
  readonly accepted: Uint8Array;
  readonly start: readonly [number, number];
  done = 0;
  acceptedCount = 0;
  private readonly state: ChainState;
  private readonly rng: FastRng;
  private readonly report: StepReport = newReport();
  private readonly scratch: HmcScratch = newHmcScratch();

  constructor(
    readonly target: Target2D,
    readonly options: ChainOptions,
  ) {
    checkChainOptions(options);
    const n = options.steps;
    this.xs = new Float64Array(n);
    this.ys = new Float64Array(n);
    this.px = new Float64Array(n);
    this.py = new Float64Array(n);
    this.accepted = new Uint8Array(n);
    this.start = options.start ?? target.start;
    const g = new Float64Array(2);
    const logp = target.logDensityGrad(this.start[0], this.start[1], g);
    if (!Number.isFinite(logp))
      throw new RangeError(`the log-density is not finite at the starting point (${this.start.join(', ')})`);
    this.state = { x: this.start[0], y: this.start[1], logp, g };
    this.rng = createRng(options.seed);
  }

  get total(): number {
    return this.options.steps;
  }

  /** Runs up to `count` more steps (fewer at the end); returns how many were run. */
  advance(count: number): number {
    const { target, state: s, rng, report, options: o } = this;
    const end = Math.min(this.total, this.done + Math.max(0, Math.floor(count)));
    const from = this.done;
    for (let i = from; i < end; i++) {
      if (o.algorithm === 'mh') mhStep(target, s, o.scale, rng, report);
      else hmcStep(target, s, o.stepSize, o.leapfrogSteps, rng, this.scratch, report);
      this.xs[i] = s.x;
      this.ys[i] = s.y;
      this.px[i] = report.px;
      this.py[i] = report.py;
      this.accepted[i] = report.accepted ? 1 : 0;
      if (report.accepted) this.acceptedCount++;
    }
    this.done = end;
    return end - from;
  }

  /** Fraction of proposals accepted so far (NaN before the first step). */
  get acceptanceRate(): number {
    return this.done === 0 ? NaN : this.acceptedCount / this.done;
  }
}
