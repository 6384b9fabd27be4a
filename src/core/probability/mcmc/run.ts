/** A chain run as the worker drives it: chunked steps, streamed slices of new steps, diagnostics. */
import { autocorrelation } from './autocorrelation';
import { McmcChain, type ChainOptions } from './chain';
import { essFromAutocorrelation, isConstant } from './ess';
import { chainMoments, type ChainMoments } from './moments';
import type { TargetSpec } from './target';
import { makeTarget } from './targets';
import { TraceDecimator, type TraceColumns } from './traceColumns';

export interface McmcRequest extends Omit<ChainOptions, 'start'> {
  target: TargetSpec;
}

export interface McmcDiagnostics extends ChainMoments {
  /** Steps discarded as burn-in before these statistics: the first 10%. */
  burnIn: number;
  /** Number of states the statistics cover (after burn-in). */
  count: number;
  essX: number;
  essY: number;
  /**
   * Monte Carlo standard errors of meanX and meanY: sd/√ESS, the standard deviation the chain's mean
   * would show over repeated runs (two runs' means differ by about √2 of it).
   */
  mcseX: number;
  mcseY: number;
  /** Autocorrelation of x and y at lags 0 … ACF_LAGS (after burn-in). */
  acfX: Float64Array;
  acfY: Float64Array;
}

/** New steps [from, from + xs.length) since the previous snapshot, with the running totals. */
export interface McmcSnapshot {
  from: number;
  xs: Float64Array;
  ys: Float64Array;
  px: Float64Array;
  py: Float64Array;
  accepted: Uint8Array;
  done: number;
  total: number;
  acceptedCount: number;
  start: [number, number];
  diagnostics: McmcDiagnostics | null;
  /** The traces of x and y over all steps so far, decimated to min/max columns in the worker. */
  traceX: TraceColumns;
  traceY: TraceColumns;
}

export const ACF_LAGS = 100;
/** Work per chunk in target evaluations: about a millisecond for the built-in targets. */
const CHUNK_EVALUATIONS = 20_000;

/**
 * Statistics of the first `done` states after a 10% burn-in: moments, per-coordinate effective
 * sample size (Geyer) and autocorrelations up to {@link ACF_LAGS}.
 */
export function chainDiagnostics(chain: McmcChain): McmcDiagnostics {
  const burnIn = Math.floor(chain.done / 10);
  const xs = chain.xs.subarray(burnIn, chain.done);
  const ys = chain.ys.subarray(burnIn, chain.done);
  const n = xs.length;
  // One FFT per coordinate serves both the ESS (all lags) and the plotted autocorrelation.
  const rhoX = autocorrelation(xs, n - 1);
  const rhoY = autocorrelation(ys, n - 1);
  // As effectiveSampleSize: NaN below 4 states, 1 for a chain that never moved.
  const ess = (v: Float64Array, rho: Float64Array) =>
    n < 4 ? NaN : isConstant(v) ? 1 : essFromAutocorrelation(rho, n);
  const moments = chainMoments(xs, ys, 0, n);
  const essX = ess(xs, rhoX);
  const essY = ess(ys, rhoY);
  return {
    ...moments,
    burnIn,
    count: n,
    essX,
    essY,
    mcseX: monteCarloStandardError(moments.varX, essX),
    mcseY: monteCarloStandardError(moments.varY, essY),
    acfX: rhoX.slice(0, ACF_LAGS + 1),
    acfY: rhoY.slice(0, ACF_LAGS + 1),
  };
}

/**
 * Monte Carlo standard error of a chain's mean, √(variance/ESS) = sd/√ESS: the mean of n correlated
 * draws varies as much as that of ESS independent ones. NaN when either is unknown.
 */
export function monteCarloStandardError(variance: number, ess: number): number {
  return variance >= 0 && ess > 0 ? Math.sqrt(variance / ess) : NaN;
}

export class McmcRun {
  readonly chain: McmcChain;
  private sent = 0;
  private readonly chunk: number;
  private readonly traceX: TraceDecimator;
  private readonly traceY: TraceDecimator;

  /** @throws RangeError for an invalid target or options (the message says which). */
  constructor(req: McmcRequest) {
    this.chain = new McmcChain(makeTarget(req.target), req);
    const cost = req.algorithm === 'hmc' ? req.leapfrogSteps : 1;
    this.chunk = Math.max(1, Math.floor(CHUNK_EVALUATIONS / cost));
    this.traceX = new TraceDecimator(this.chain.total);
    this.traceY = new TraceDecimator(this.chain.total);
  }

  get done(): boolean {
    return this.chain.done >= this.chain.total;
  }

  /** Runs one chunk of steps. */
  step(): void {
    this.chain.advance(this.chunk);
  }

  /** The steps not yet sent (copies, so they can be transferred), and diagnostics if asked. */
  snapshot(withDiagnostics: boolean): McmcSnapshot {
    const c = this.chain;
    const from = this.sent;
    const to = c.done;
    this.sent = to;
    this.traceX.add(c.xs, from, to);
    this.traceY.add(c.ys, from, to);
    return {
      from,
      xs: c.xs.slice(from, to),
      ys: c.ys.slice(from, to),
      px: c.px.slice(from, to),
      py: c.py.slice(from, to),
      accepted: c.accepted.slice(from, to),
      done: to,
      total: c.total,
      acceptedCount: c.acceptedCount,
      start: [c.start[0], c.start[1]],
      diagnostics: withDiagnostics && to >= 4 ? chainDiagnostics(c) : null,
      traceX: this.traceX.snapshot(),
      traceY: this.traceY.snapshot(),
    };
  }
}
