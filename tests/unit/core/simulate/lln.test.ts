import { describe, expect, it } from 'vitest';
import {
  createRng,
  LlnRun,
  logGrid,
  makeDistribution,
  RunningMeanTrace,
  streamSeed,
} from '../../../../src/core';

function finish(run: LlnRun) {
  while (!run.done) run.step();
  return run.snapshot();
}

describe('logGrid(n, perDecade)', () => {
  it('logGrid(10^6) runs 1 … 10^6 in strictly increasing whole numbers, about 100 per decade', () => {
    const g = logGrid(1_000_000);
    expect(g[0]).toBe(1);
    expect(g[g.length - 1]).toBe(1_000_000);
    for (let i = 1; i < g.length; i++) {
      expect(Number.isInteger(g[i])).toBe(true);
      expect(g[i]).toBeGreaterThan(g[i - 1]);
    }
    expect(g.length).toBeGreaterThan(450);
    expect(g.length).toBeLessThan(620);
  });

  it('logGrid(1) = [1]; logGrid(37) ends at 37; logGrid(0) throws', () => {
    expect([...logGrid(1)]).toEqual([1]);
    expect(logGrid(37)[logGrid(37).length - 1]).toBe(37);
    expect(() => logGrid(0)).toThrow(RangeError);
  });
});

describe('RunningMeanTrace', () => {
  it('records x̄ at every grid count, fed in uneven chunks, equal to the direct mean to 1e-12', () => {
    const x = makeDistribution('normal', { mean: 3, sd: 2 }).sample(createRng(5), 5000);
    const grid = logGrid(5000, 20);
    const t = new RunningMeanTrace(grid);
    for (const [a, b] of [
      [0, 7],
      [7, 1000],
      [1000, 1001],
      [1001, 5000],
    ])
      t.add(x.subarray(a, b));
    expect(t.filled).toBe(grid.length);
    grid.forEach((n, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) s += x[j];
      expect(t.means[i]).toBeCloseTo(s / n, 12);
    });
  });

  it('compensated sum: 10^6 copies of 0.1 average to 0.1 within 1e-15', () => {
    const t = new RunningMeanTrace(logGrid(1_000_000));
    t.add(new Float64Array(1_000_000).fill(0.1));
    expect(Math.abs(t.mean - 0.1)).toBeLessThan(1e-15);
  });
});

describe('LlnRun({ dist, params, n, runs, seed })', () => {
  it('Exponential(rate 2), n = 10^6, 3 runs, seed 11: every final running mean within 4 SE of 0.5', () => {
    const snap = finish(new LlnRun({ dist: 'exponential', params: { rate: 2 }, n: 1e6, runs: 3, seed: 11 }));
    const g = snap.grid.length;
    const se = 0.5 / Math.sqrt(1e6);
    for (let r = 0; r < 3; r++) expect(Math.abs(snap.means[r * g + g - 1] - 0.5)).toBeLessThan(4 * se);
    expect(snap.drawn).toBe(1e6);
  });

  it('runs stay inside ±4σ/√n at every grid n ≥ 100 for most of the path (seed 2, normal)', () => {
    const snap = finish(new LlnRun({ dist: 'normal', params: { mean: 1, sd: 3 }, n: 1e5, runs: 5, seed: 2 }));
    const g = snap.grid.length;
    let inside = 0;
    let total = 0;
    for (let r = 0; r < 5; r++)
      snap.grid.forEach((n, i) => {
        if (n < 100) return;
        total++;
        if (Math.abs(snap.means[r * g + i] - 1) < (4 * 3) / Math.sqrt(n)) inside++;
      });
    expect(inside / total).toBeGreaterThan(0.97);
  });

  it('run r does not depend on how many runs there are, and equals a one-shot sample of its stream', () => {
    const base = { dist: 'gamma' as const, params: { shape: 2, rate: 1 }, n: 20000, seed: 9 };
    const two = finish(new LlnRun({ ...base, runs: 2 }));
    const five = finish(new LlnRun({ ...base, runs: 5 }));
    const g = two.grid.length;
    expect(five.means.subarray(g, 2 * g)).toEqual(two.means.subarray(g, 2 * g));
    const x = makeDistribution('gamma', { shape: 2, rate: 1 }).sample(createRng(streamSeed(9, 1)), 20000);
    expect(two.means[2 * g - 1]).toBeCloseTo(x.reduce((a, b) => a + b, 0) / 20000, 12);
  });

  it('rejects n = 0, n > 10^6, runs = 11 and invalid parameters', () => {
    const ok = { dist: 'normal' as const, params: { mean: 0, sd: 1 }, n: 10, runs: 1, seed: 1 };
    expect(() => new LlnRun({ ...ok, n: 0 })).toThrow(RangeError);
    expect(() => new LlnRun({ ...ok, n: 1_000_001 })).toThrow(RangeError);
    expect(() => new LlnRun({ ...ok, runs: 11 })).toThrow(RangeError);
    expect(() => new LlnRun({ ...ok, params: { mean: 0, sd: 0 } })).toThrow(/sd/);
  });
});
