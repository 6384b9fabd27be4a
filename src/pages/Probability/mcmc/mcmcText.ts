/** Text alternatives of the MCMC charts: the sampler picture, the trace plots and the autocorrelation. */
import {
  TARGET_LABELS,
  type McmcDiagnostics,
  type McmcRequest,
  type TargetSpec,
  type TraceColumns,
} from '../../../core';
import { sampleIndices, type ChartText } from '../../../ui/ChartText';
import { formatCount } from '../../../ui/formatCount';
import { num, pct } from '../shared/chartText';

/** The target as the picker names it, with its setting ("Correlated Gaussian (ρ = 0.8)"). */
export function targetName(spec: TargetSpec): string {
  const label = TARGET_LABELS[spec.kind];
  if (spec.kind === 'gaussian') return `${label} (ρ = ${num(spec.rho)})`;
  if (spec.kind === 'custom') return `${label} (log π = ${spec.source})`;
  return label;
}

function samplerName(req: McmcRequest): string {
  return req.algorithm === 'hmc'
    ? `Hamiltonian Monte Carlo chain (step size ${num(req.stepSize)}, ${req.leapfrogSteps} leapfrog steps)`
    : `random-walk Metropolis–Hastings chain (proposal scale ${num(req.scale)})`;
}

/** What the sampler view needs to know about the chain on screen. */
export interface ChainSummary {
  request: McmcRequest;
  received: number;
  total: number;
  acceptedCount: number;
  start: readonly [number, number] | null;
  last: readonly [number, number] | null;
  diagnostics: McmcDiagnostics | null;
}

/** The contour picture with the chain's samples: acceptance, and where the chain started, is and centres. */
export function samplerText(
  name: string,
  bounds: readonly [number, number, number, number],
  chain: ChainSummary | null,
): ChartText {
  const [x0, x1, y0, y1] = bounds;
  const head = `Contour lines of the ${name} target density over x from ${num(x0)} to ${num(x1)} and y from ${num(y0)} to ${num(y1)}`;
  if (!chain || chain.received === 0)
    return { description: `${head}; no chain ${chain ? 'steps computed' : 'run'} yet.` };
  const d = chain.diagnostics;
  const moments = d
    ? ` After a burn-in of ${formatCount(d.burnIn)} steps the samples' mean is (${num(d.meanX)}, ${num(d.meanY)}) ` +
      `and the correlation of x and y is ${num(d.covXY / Math.sqrt(d.varX * d.varY))}.`
    : '';
  const description =
    `${head}, with the samples of a ${samplerName(chain.request)}: ${formatCount(chain.received)} of ` +
    `${formatCount(chain.total)} steps computed, ${pct(chain.acceptedCount / chain.received)} of proposals accepted. ` +
    `The animation replays the moves (accepted: filled dot on a solid line; rejected: cross on a dashed line).${moments}`;
  const rows: [string, number | null, number | null][] = [];
  if (chain.start) rows.push(['start', chain.start[0], chain.start[1]]);
  if (chain.last)
    rows.push([`state after step ${formatCount(chain.received)}`, chain.last[0], chain.last[1]]);
  if (d) {
    rows.push(['mean after burn-in', d.meanX, d.meanY]);
    rows.push(['standard deviation after burn-in', Math.sqrt(d.varX), Math.sqrt(d.varY)]);
    rows.push(['effective sample size', Math.round(d.essX), Math.round(d.essY)]);
  }
  return { description, table: { caption: 'The chain in numbers', columns: ['', 'x', 'y'], rows } };
}

/**
 * A trace plot: range, average and last value of the coordinate (from the worker's running summary, no
 * scan of the chain), and its value at 8 evenly spaced steps.
 */
export function traceText(
  label: string,
  trace: TraceColumns | null,
  values: Float64Array | null,
  count: number,
  total: number,
): ChartText {
  const n = Math.min(count, trace?.count ?? 0);
  if (!trace || !values || n === 0)
    return { description: `Trace plot of ${label} against step: no steps computed yet.` };
  return {
    description:
      `Trace plot of ${label} against step for the ${formatCount(trace.count)} of ${formatCount(total)} steps computed: ` +
      `${label} ranges from ${num(trace.min)} to ${num(trace.max)} with average ${num(trace.sum / trace.count)}, and its latest value is ${num(trace.last)}.`,
    table: {
      caption: `${label} at evenly spaced steps`,
      columns: ['step', label],
      rows: sampleIndices(n, 8).map((i) => [formatCount(i + 1), values[i]]),
    },
  };
}

/** Lags the autocorrelation table shows: the first few, where a good chain has already forgotten, and far out. */
const LAGS = [1, 2, 3, 5, 10, 20, 30, 50, 100];
const FORGOTTEN = 0.1;

function firstBelow(acf: Float64Array): number | null {
  for (let k = 1; k < acf.length; k++) if (Math.abs(acf[k]) < FORGOTTEN) return k;
  return null;
}

/** The autocorrelation chart: where each coordinate's ACF first drops below 0.1, and its value at set lags. */
export function acfText(acfX: Float64Array, acfY: Float64Array): ChartText {
  const lags = acfX.length - 1;
  const when = (name: string, acf: Float64Array) => {
    const k = firstBelow(acf);
    return k === null ? `${name}'s stays above ${FORGOTTEN} up to lag ${lags}` : `${name}'s at lag ${k}`;
  };
  return {
    description:
      `Autocorrelation of the chain's x (stems) and y (circles) after burn-in, at lags 0 to ${lags}. ` +
      `It first falls below ${FORGOTTEN} in size: ${when('x', acfX)}, ${when('y', acfY)}.`,
    table: {
      caption: 'Autocorrelation at selected lags',
      columns: ['lag', 'x', 'y'],
      rows: LAGS.filter((k) => k <= lags).map((k) => [k, acfX[k], acfY[k]]),
    },
  };
}
