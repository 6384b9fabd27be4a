/** Issue 19: MCMC traces decimated in the worker (min/max per column) draw what the full trace would. */
import { describe, expect, it } from 'vitest';
import { McmcRun, mergeTraceColumns, TraceDecimator } from '../../../../src/core/index';
import { traceColumns } from '../../../../src/pages/Probability/mcmc/traceColumns';

describe('TraceDecimator', () => {
  it('fed in uneven slices, equals the full-resolution min/max columns of the whole trace', () => {
    const total = 10_007;
    const values = Float64Array.from({ length: total }, (_, i) => Math.sin(i / 37) + ((i * 7919) % 13) / 13);
    const d = new TraceDecimator(total, 512);
    for (const [a, b] of [
      [0, 1],
      [1, 999],
      [999, 5000],
      [5000, 8000],
    ])
      d.add(values, a, b);
    const partial = d.snapshot();
    const expected = traceColumns(values, 8000, total, 512);
    expect(Array.from(partial.lo)).toEqual(Array.from(expected.lo));
    expect(Array.from(partial.hi)).toEqual(Array.from(expected.hi));
    d.add(values, 8000, total);
    const s = d.snapshot();
    const full = traceColumns(values, total, total, 512);
    expect(Array.from(s.lo)).toEqual(Array.from(full.lo));
    expect(Array.from(s.hi)).toEqual(Array.from(full.hi));
    expect(s.count).toBe(total);
    expect(s.min).toBe(Math.min(...values));
    expect(s.max).toBe(Math.max(...values));
    expect(s.last).toBe(values[total - 1]);
  });
  it('merged to pixel columns, each pixel spans the min/max of the columns it covers', () => {
    const t = { lo: Float64Array.from([0, -1, 2, NaN]), hi: Float64Array.from([1, 3, 2.5, NaN]) };
    const m = mergeTraceColumns(t, 2);
    expect(Array.from(m.lo)).toEqual([-1, 2]);
    expect(Array.from(m.hi)).toEqual([3, 2.5]);
  });
  it('a 10^6-step chain sends 2 × 2 × 2048 trace numbers per snapshot, not the chain', () => {
    const run = new McmcRun({
      target: { kind: 'banana' },
      algorithm: 'mh',
      scale: 0.8,
      stepSize: 0.15,
      leapfrogSteps: 20,
      steps: 1_000_000,
      seed: 1,
    });
    for (let i = 0; i < 5; i++) run.step();
    const s = run.snapshot(false);
    expect(s.traceX.lo.length).toBe(2048);
    expect(s.traceX.count).toBe(s.done);
    expect(s.traceY.count).toBe(s.done);
  });
});
