/**
 * Issue 19, "fixes found trying it": the histogram's bins start at the support's bound and the empirical
 * cdf is the exact step function of the samples. Both pictures' numbers are compared with the samples
 * themselves (the same seeded stream, drawn again here).
 */
import { describe, expect, it } from 'vitest';
import {
  CltRun,
  createRng,
  makeDistribution,
  SampleRun,
  type DistributionName,
  type SampleRequest,
  type SampleSnapshot,
} from '../../../../src/core/index';
import { empiricalCdf } from '../../../../src/pages/Probability/curves';

function finish(req: SampleRequest): SampleSnapshot {
  const run = new SampleRun(req);
  while (!run.done) run.step();
  return run.snapshot();
}

function samplesOf(req: SampleRequest): Float64Array {
  return makeDistribution(req.dist, req.params).sample(createRng(req.seed), req.n).sort();
}

/** Fₙ(t) = #(samples ≤ t)/n by binary search in the sorted sample. */
function exactF(sorted: Float64Array, t: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (sorted[m] <= t) a = m + 1;
    else b = m;
  }
  return a / sorted.length;
}

/** The drawn step function (a step after each point) at t. */
function drawnF(points: { x: number; F: number }[], t: number): number {
  let F = points[0].F;
  for (const p of points) if (p.x <= t) F = p.F;
  return F;
}

const cases: [DistributionName, Record<string, number>, number][] = [
  ['normal', { mean: 0, sd: 1 }, 1000],
  ['exponential', { rate: 1 }, 1000],
  ['poisson', { lambda: 4 }, 1000],
  ['normal', { mean: 2, sd: 3 }, 20_000],
];

describe('the Distributions tab: histogram and empirical cdf against the samples', () => {
  for (const [dist, params, n] of cases)
    it(`${dist}(${JSON.stringify(params)}), n = ${n}, seed 7`, () => {
      const req: SampleRequest = { dist, params, n, seed: 7 };
      const s = finish(req);
      const sorted = samplesOf(req);
      // Every plotted ECDF value is exact, and the drawn steps equal Fₙ everywhere in between:
      // at each point, just before the next point, and at the bin centres (where the old drawing,
      // F at each bin's right edge held over the next bin, was one bin behind).
      const points = empiricalCdf(s);
      s.ecdf.x.forEach((x, i) => expect(s.ecdf.F[i]).toBe(exactF(sorted, x)));
      const hi = s.lo + s.binWidth * s.density.length;
      if (n <= 5000) {
        // Small finished runs: the steps are the samples' own.
        expect(points[0].F).toBe(exactF(sorted, s.lo - 1e-12));
        for (let i = 0; i < sorted.length; i++)
          if (sorted[i] >= s.lo && sorted[i] <= hi)
            expect(drawnF(points, sorted[i])).toBe(exactF(sorted, sorted[i]));
        for (let i = 0; i < s.density.length; i++) {
          const t = s.lo + (i + 0.5) * s.binWidth;
          expect(drawnF(points, t)).toBe(exactF(sorted, t));
        }
      } else {
        // Larger runs: exact at the grid's edges, and never further than 1/4096 + 1/√n from Fₙ between.
        for (let i = 0; i < s.density.length; i++) {
          const t = s.lo + (i + 0.5) * s.binWidth;
          expect(Math.abs(drawnF(points, t) - exactF(sorted, t))).toBeLessThan(1 / 4096 + 1 / Math.sqrt(n));
        }
      }
      // The histogram: each bar is (samples in [lo + iw, lo + (i+1)w)) / (n w), below/above the rest.
      const counts = new Float64Array(s.density.length);
      let below = 0;
      for (const v of sorted) {
        const i = Math.floor((v - s.lo) / s.binWidth);
        if (i < 0) below++;
        else if (i < counts.length) counts[i]++;
      }
      counts.forEach((c, i) => expect(s.density[i] * n * s.binWidth).toBeCloseTo(c, 6));
      expect(s.below).toBeCloseTo(below / n, 12);
    });
  it('an exponential sample: the bins start at the support bound 0', () => {
    const s = finish({ dist: 'exponential', params: { rate: 1 }, n: 1000, seed: 7 });
    expect(s.lo).toBe(0);
    expect(s.below).toBe(0);
  });
});

describe('the CLT tab: the statistic’s bins start at its support’s bound', () => {
  it('exponential, k = 1, 20,000 repetitions: the first bar starts at 0 and reads ≈ 1 (was ~0.3), as the samples say', () => {
    const reps = 20_000;
    const run = new CltRun({ dist: 'exponential', params: { rate: 1 }, k: 1, reps, stat: 'mean', seed: 3 });
    while (!run.done) run.step();
    const s = run.snapshot();
    expect(s.lo).toBe(0);
    expect(s.below).toBe(0);
    // The statistic with k = 1 is the draw itself: the same seeded stream, drawn again.
    const draws = makeDistribution('exponential', { rate: 1 }).sample(createRng(3), reps);
    const counts = new Float64Array(s.density.length);
    for (const v of draws) {
      const i = Math.floor((v - s.lo) / s.binWidth);
      if (i >= 0 && i < counts.length) counts[i]++;
    }
    counts.forEach((c, i) => expect(s.density[i] * reps * s.binWidth).toBeCloseTo(c, 6));
    // The first bar is the mass of [0, w) over w: 1 − w/2 + … for the exponential, within sampling noise.
    const w = s.binWidth;
    const expected = -Math.expm1(-w) / w;
    expect(Math.abs(s.density[0] - expected)).toBeLessThan(4 * Math.sqrt(expected / (reps * w)));
    expect(s.density[0]).toBeGreaterThan(0.8);
  });
  it('a sum of k = 5 uniforms on [2, 3] keeps its bins inside [10, 15]', () => {
    const run = new CltRun({
      dist: 'uniform',
      params: { a: 2, b: 3 },
      k: 5,
      reps: 5000,
      stat: 'sum',
      seed: 1,
    });
    const s = run.snapshot();
    expect(s.lo).toBeGreaterThanOrEqual(10);
    expect(s.lo + s.binWidth * s.density.length).toBeLessThanOrEqual(15 + 1e-9);
  });
});
