/** The y axis of the loss chart: linear, or logarithmic on f − f_min + δ when losses reach 0 or below. */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { OptimizerTrace } from '../../worker/protocol';
import type { LossMap } from './geometry';

export interface LossAxis {
  scale: ScaleContinuousNumeric<number, number>;
  /** Loss to pixel row, as plain arithmetic (see lossY). */
  map: LossMap;
  label: string;
}

function mapOf(scale: ScaleContinuousNumeric<number, number>, shift: number, log: boolean): LossMap {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const t0 = log ? Math.log(d0) : d0;
  const b = (r1 - r0) / ((log ? Math.log(d1) : d1) - t0);
  return { a: r0 - b * t0, b, shift, log };
}

/**
 * The axis for a race. Runs that ran to the end (or stopped on a singular Hessian) are shown in
 * full; a diverged run's climb (or fall, where f is unbounded below) is clipped one span beyond
 * the others' range and the start losses, so it cannot flatten them.
 */
export function lossAxis(traces: OptimizerTrace[], log: boolean, height: number): LossAxis {
  let keptLo = Infinity;
  let keptHi = -Infinity;
  let wildLo = Infinity;
  let wildHi = -Infinity;
  for (const t of traces) {
    const wild = t.stop === 'diverged';
    // The envelope holds every block's extremes, so it has the curve's overall extremes too.
    for (let i = 0; i < t.lossKeep.length; i++) {
      const v = t.losses[t.lossKeep[i]];
      if (!Number.isFinite(v)) continue;
      if (wild && i > 0) {
        wildLo = Math.min(wildLo, v);
        wildHi = Math.max(wildHi, v);
      } else {
        keptLo = Math.min(keptLo, v);
        keptHi = Math.max(keptHi, v);
      }
    }
  }
  if (!Number.isFinite(keptLo)) {
    keptLo = 0;
    keptHi = 1;
  }
  const span = Math.max(keptHi - keptLo, 0.5 * Math.abs(keptHi), 1e-12);
  // When every run diverged there is nothing to flatten: the axis takes their whole climb, so each
  // curve is drawn up to its last finite value inside the chart.
  const allWild = traces.length > 0 && traces.every((t) => t.stop === 'diverged');
  const lo = allWild ? Math.min(keptLo, wildLo) : Math.min(keptLo, Math.max(wildLo, keptLo - span));
  const hi = allWild ? Math.max(keptHi, wildHi) : Math.max(keptHi, Math.min(wildHi, keptHi + span));
  if (!log) {
    const pad = hi > lo ? 0.04 * (hi - lo) : Math.max(1, Math.abs(lo)) * 0.1;
    const scale = scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([height, 0])
      .nice();
    return { scale, map: mapOf(scale, 0, false), label: 'f(x, y)' };
  }
  if (lo > 0) {
    const scale = scaleLog()
      .domain([lo, Math.max(hi, lo * 10)])
      .range([height, 0])
      .nice();
    return { scale, map: mapOf(scale, 0, true), label: 'f(x, y) (log scale)' };
  }
  // Losses at or below zero have no logarithm: plot the gap to the lowest loss seen.
  const delta = Math.max(1e-12, 1e-9 * Math.max(1, Math.abs(hi - lo)));
  const top = Math.max(hi - lo + delta, delta * 10);
  const scale = scaleLog().domain([delta, top]).range([height, 0]).nice();
  return {
    scale,
    map: mapOf(scale, delta - lo, true),
    label: `f − min f + ${delta.toExponential(0)} (log scale)`,
  };
}
