import { describe, expect, it } from 'vitest';
import { createRng, ksExact, makeDistribution, SampleRun, type SampleRequest } from '../../../../src/core';

function runToEnd(req: SampleRequest) {
  const run = new SampleRun(req);
  let steps = 0;
  while (!run.done) {
    run.step();
    steps++;
  }
  return { snap: run.snapshot(), steps };
}

describe('SampleRun(request)', () => {
  it('n ≤ 10^6: exact KS, moments and histogram agree with sample(rng, n) from the same seed', () => {
    const req: SampleRequest = { dist: 'gamma', params: { shape: 2.5, rate: 1.5 }, n: 200_000, seed: 11 };
    const { snap } = runToEnd(req);
    const d = makeDistribution('gamma', req.params);
    const xs = d.sample(createRng(11), req.n);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
    expect(snap.ksMode).toBe('exact');
    expect(snap.drawn).toBe(req.n);
    expect(snap.mean).toBeCloseTo(mean, 10);
    expect(snap.variance / variance).toBeCloseTo(1, 10);
    expect(snap.ks).toBe(ksExact(xs.sort(), (x) => d.cdf(x), false));
    const mass = snap.density.reduce((a, h) => a + h * snap.binWidth, 0) + snap.below + snap.above;
    expect(mass).toBeCloseTo(1, 10);
  });

  it('n > 10^6 streams: grid KS labelled as such, mean within 4 standard errors', () => {
    const { snap, steps } = runToEnd({ dist: 'normal', params: { mean: 3, sd: 2 }, n: 3_000_000, seed: 2 });
    expect(steps).toBeGreaterThan(10);
    expect(snap.ksMode).toBe('grid');
    expect(Math.abs(snap.mean - 3)).toBeLessThan((4 * 2) / Math.sqrt(3e6));
    expect(snap.variance).toBeCloseTo(4, 1);
    expect(snap.ks).toBeLessThan(0.002);
  });

  it('discrete laws get one display bin per integer and an ECDF-exact KS', () => {
    const { snap } = runToEnd({ dist: 'binomial', params: { n: 20, p: 0.3 }, n: 50_000, seed: 3 });
    expect(snap.discrete).toBe(true);
    expect(snap.binWidth).toBe(1);
    expect(Number.isInteger(snap.lo + 0.5)).toBe(true);
    expect(snap.ks).toBeLessThan(0.02);
  });

  it('snapshots taken mid-run are consistent (drawn, mass, finite readouts)', () => {
    const run = new SampleRun({ dist: 'poisson', params: { lambda: 50 }, n: 2_000_000, seed: 4 });
    for (let i = 0; i < 5; i++) run.step();
    const s = run.snapshot();
    expect(s.done).toBe(false);
    expect(s.drawn).toBe(5 * 65_536);
    expect(Number.isFinite(s.mean) && Number.isFinite(s.variance) && Number.isFinite(s.ks)).toBe(true);
  });

  it('refuses invalid parameters and sample sizes with RangeError', () => {
    expect(() => new SampleRun({ dist: 'normal', params: { mean: 0, sd: 0 }, n: 10, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => new SampleRun({ dist: 'normal', params: { mean: 0, sd: 1 }, n: 2e9, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => new SampleRun({ dist: 'normal', params: { mean: 0, sd: 1 }, n: 1.5, seed: 1 })).toThrow(
      RangeError,
    );
  });
});
