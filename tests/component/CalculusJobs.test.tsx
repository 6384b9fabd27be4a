import { describe, expect, it } from 'vitest';
import { divergenceReason, optimizePath, parseExpression, type OptimizerName } from '../../src/core';
import type { JobContext } from '../../src/worker/jobs/context';
import { gridJob, summarize } from '../../src/worker/jobs/grid';
import { lossEnvelope, optimizeJob } from '../../src/worker/jobs/optimize';

// The worker jobs run in-process here: the same code the worker runs, without the message hop.
const ctx: JobContext = { checkpoint: async () => undefined, progress: () => undefined };

describe('gridJob({ source, domain, n })', () => {
  it('fills values and gradients row by row, matching the Expr at every point', async () => {
    const source = 'sin(x)*y^2 + exp(-x)';
    const r = await gridJob({ source, xmin: -2, xmax: 3, ymin: -1, ymax: 1.5, n: 37 }, ctx);
    const parsed = parseExpression(source);
    if (!parsed.ok) throw new Error('parse');
    expect(r.n).toBe(37);
    expect(r.xs[0]).toBe(-2);
    expect(r.xs[36]).toBe(3);
    expect(r.ys[36]).toBe(1.5);
    for (const [i, j] of [
      [0, 0],
      [36, 36],
      [5, 17],
      [20, 3],
    ]) {
      const k = j * 37 + i;
      expect(r.values[k]).toBeCloseTo(parsed.expr.evaluate(r.xs[i], r.ys[j]), 12);
      const [gx, gy] = parsed.expr.gradient(r.xs[i], r.ys[j]);
      expect(r.gx[k]).toBeCloseTo(gx, 12);
      expect(r.gy[k]).toBeCloseTo(gy, 12);
    }
  });

  it('keeps NaN where f is not real and clips a pole out of the display range', async () => {
    const r = await gridJob(
      { source: 'log(x) + 1/(x^2 + y^2)', xmin: -1, xmax: 1, ymin: -1, ymax: 1, n: 41 },
      ctx,
    );
    expect(Number.isNaN(r.values[0])).toBe(true);
    expect(r.finite).toBeGreaterThan(0);
    expect(r.finite).toBeLessThan(41 * 41);
    expect(r.zHigh).toBeLessThan(r.percentiles[100]);
    expect(r.zHigh).toBeGreaterThan(r.zLow);
  });

  it('rejects a malformed source with the parser message', async () => {
    await expect(gridJob({ source: 'sin(x', xmin: 0, xmax: 1, ymin: 0, ymax: 1, n: 5 }, ctx)).rejects.toThrow(
      /\)/,
    );
  });
});

describe('summarize(values)', () => {
  it('keeps the whole range of an ordinary surface and gives ordered percentiles', () => {
    const values = Float64Array.from({ length: 1001 }, (_, i) => i / 1000);
    const s = summarize(values);
    expect(s.zLow).toBe(0);
    expect(s.zHigh).toBe(1);
    expect(s.percentiles[50]).toBe(0.5);
    for (let k = 1; k <= 100; k++) expect(s.percentiles[k]).toBeGreaterThanOrEqual(s.percentiles[k - 1]);
  });

  it('gives a non-empty range for a constant and a default one when nothing is finite', () => {
    const c = summarize(new Float64Array(10).fill(3));
    expect(c.zHigh).toBeGreaterThan(c.zLow);
    const none = summarize(new Float64Array(4).fill(NaN));
    expect(none).toMatchObject({ zLow: 0, zHigh: 1, finite: 0 });
  });
});

describe('optimizeJob({ source, start, steps, runs })', () => {
  it('returns for every optimizer the same path as optimizePath, its losses and its divergence reason', async () => {
    const source = '(1 - x)^2 + 100*(y - x^2)^2';
    const parsed = parseExpression(source);
    if (!parsed.ok) throw new Error('parse');
    const runs: { name: OptimizerName; config: { lr?: number } }[] = [
      { name: 'gd', config: { lr: 0.01 } },
      { name: 'adam', config: { lr: 0.1 } },
      { name: 'newton', config: {} },
    ];
    const r = await optimizeJob({ source, start: [-1.5, 2], steps: 300, runs }, ctx);
    expect(r.traces.map((t) => t.name)).toEqual(['gd', 'adam', 'newton']);
    for (const [i, { name, config }] of runs.entries()) {
      const want = optimizePath(parsed.expr, name, config, [-1.5, 2], 300);
      const got = r.traces[i];
      expect(got.taken).toBe(want.taken);
      expect(got.stop).toBe(want.stop);
      expect(Array.from(got.path)).toEqual(Array.from(want.path));
      expect(got.losses).toHaveLength(want.taken + 1);
      expect(got.losses[want.taken]).toBeCloseTo(
        parsed.expr.evaluate(want.path[2 * want.taken], want.path[2 * want.taken + 1]),
        12,
      );
      expect(got.reason).toBe(divergenceReason(parsed.expr, name, config, want));
    }
    expect(r.traces[0].reason).toMatch(/^diverged/);
  });
});

describe('lossEnvelope(losses)', () => {
  it('keeps every step of a short run', () => {
    const losses = Float64Array.from([5, 3, 4, 1]);
    expect(Array.from(lossEnvelope(losses))).toEqual([0, 1, 2, 3]);
  });

  it('keeps at most two steps per block, in order, including each block’s extremes and both ends', () => {
    const n = 10_001;
    const losses = Float64Array.from({ length: n }, (_, k) => Math.cos(k / 37) * Math.exp(-k / 3000));
    const keep = lossEnvelope(losses);
    expect(keep.length).toBeLessThanOrEqual(2 * 1024 + 2);
    expect(keep[0]).toBe(0);
    expect(keep[keep.length - 1]).toBe(n - 1);
    for (let i = 1; i < keep.length; i++) expect(keep[i]).toBeGreaterThan(keep[i - 1]);
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < n; k++) {
      if (losses[k] < losses[lo]) lo = k;
      if (losses[k] > losses[hi]) hi = k;
    }
    expect(Array.from(keep)).toContain(lo);
    expect(Array.from(keep)).toContain(hi);
  });
});
