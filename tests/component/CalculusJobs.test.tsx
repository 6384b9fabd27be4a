import { describe, expect, it } from 'vitest';
import { divergenceReason, optimizePath, parseExpression, type OptimizerName } from '../../src/core';
import type { JobContext } from '../../src/worker/jobs/context';
import { gridJob } from '../../src/worker/jobs/grid';
import { optimizeJob } from '../../src/worker/jobs/optimize';

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
