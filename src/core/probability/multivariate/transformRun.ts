/**
 * Samples of Y = g(X): draws of X from its law pushed through g (the expression engine), binned into a
 * fixed-range histogram chunk by chunk in O(bins) memory, with the running mean and variance of Y.
 */
import { dependsOn } from '../../expr/ast';
import { compileExpr, type CompiledExpr } from '../../expr/compile';
import { parseToAst } from '../../expr/parse';
import { makeDistribution, type Distribution, type DistributionName } from '../distributions/index';
import { createRng, type Rng } from '../rng';
import { samplingProblem } from '../sampling/representable';
import { StreamingHistogram, type HistogramSummary } from '../stats/index';
import type { Run } from '../run';
import { transformedDensityCurve, transformedMean, type TransformedCurve } from './transform';

export interface TransformSampleRequest {
  dist: DistributionName;
  params: Record<string, number>;
  /** g as typed: a function of x. */
  g: string;
  /** Number of draws, 1 … 10^7. */
  n: number;
  seed: number;
  /** The histogram's range and bins (the page's plot of Y). */
  lo: number;
  hi: number;
  bins: number;
}

/** The histogram's summary is of the finite values of g(X) (mean, unbiased variance, bins over finite draws). */
export interface TransformSampleSnapshot extends HistogramSummary {
  drawn: number;
  total: number;
  done: boolean;
  /** Fraction of the draws where g(X) was not a finite number (a pole hit exactly; g undefined). */
  notFinite: number;
  /** p_Y on CURVE_POINTS equally spaced y over [lo, hi] (transformedDensityCurve), worked out here, off the page. */
  curve: {
    ys: Float64Array;
    density: Float64Array;
    kind: TransformedCurve['kind'];
    maxBranches: number;
  } | null;
  /** E[g(X)] by quadrature (transformedMean), null without a finite mean. */
  exactMean: number | null;
}

/** Points of the density curve of Y in a snapshot. */
export const CURVE_POINTS = 241;

export const TRANSFORM_SAMPLES_MAX = 1e7;
const CHUNK = 1 << 15;

export class TransformRun implements Run<TransformSampleSnapshot> {
  private readonly dist: Distribution;
  private readonly g: CompiledExpr;
  private readonly rng: Rng;
  private readonly hist: StreamingHistogram;
  private readonly xs = new Float64Array(CHUNK);
  private readonly ys = new Float64Array(CHUNK);
  private drawn = 0;
  private bad = 0;
  private readonly curve: TransformSampleSnapshot['curve'];
  private readonly exactMean: number | null;

  constructor(
    readonly request: TransformSampleRequest,
    options: { allowCodegen?: boolean } = {},
  ) {
    const { n, lo, hi, bins } = request;
    if (!Number.isSafeInteger(n) || n < 1 || n > TRANSFORM_SAMPLES_MAX)
      throw new RangeError('sample size must be a whole number from 1 to 10^7');
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) || !Number.isInteger(bins) || bins < 1)
      throw new RangeError('the histogram range must be finite with hi > lo');
    this.dist = makeDistribution(request.dist, request.params);
    const problem = samplingProblem(this.dist);
    if (problem) throw new RangeError(problem);
    const parsed = parseToAst(request.g);
    if (!parsed.ok) throw new RangeError(`g: ${parsed.error.message}`);
    if ((dependsOn(parsed.ast) & 2) !== 0) throw new RangeError('g must be a function of x alone');
    this.g = compileExpr(parsed.ast, { allowCodegen: options.allowCodegen ?? false });
    this.rng = createRng(request.seed);
    this.hist = new StreamingHistogram(lo, hi, bins);
    const ys = Array.from({ length: CURVE_POINTS }, (_, i) => lo + ((hi - lo) * i) / (CURVE_POINTS - 1));
    const c = transformedDensityCurve(request.g, this.dist, ys);
    this.curve =
      'error' in c
        ? null
        : {
            ys: Float64Array.from(ys),
            density: Float64Array.from(c.density),
            kind: c.kind,
            maxBranches: c.maxBranches,
          };
    const m = transformedMean(request.g, this.dist);
    this.exactMean = typeof m === 'number' ? m : null;
  }

  get done(): boolean {
    return this.drawn === this.request.n;
  }

  step(): void {
    const size = Math.min(CHUNK, this.request.n - this.drawn);
    if (size <= 0) return;
    const xs = this.xs.subarray(0, size);
    this.dist.fill(this.rng, xs);
    let k = 0;
    for (let i = 0; i < size; i++) {
      const y = this.g.evaluate(xs[i], 0);
      if (Number.isFinite(y)) this.ys[k++] = y;
    }
    this.bad += size - k;
    if (k > 0) this.hist.add(this.ys.subarray(0, k));
    this.drawn += size;
  }

  snapshot(): TransformSampleSnapshot {
    return {
      drawn: this.drawn,
      total: this.request.n,
      done: this.done,
      ...this.hist.summary(),
      notFinite: this.drawn > 0 ? this.bad / this.drawn : 0,
      // Copies: a snapshot's arrays are transferred to the page.
      curve: this.curve && { ...this.curve, ys: this.curve.ys.slice(), density: this.curve.density.slice() },
      exactMean: this.exactMean,
    };
  }
}
