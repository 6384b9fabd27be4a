// Statistical checks with fixed seeds: MH and HMC recover the mean and covariance of a correlated
// Gaussian after burn-in; chains are reproducible and chunk-invariant.
import { describe, expect, it } from 'vitest';
import {
  autocorrelation,
  chainDiagnostics,
  chainMoments,
  effectiveSampleSize,
  makeTarget,
  McmcChain,
  McmcRun,
  type ChainOptions,
} from '../../../../src/core/index';

const RHO = 0.8;
const gaussian = () => makeTarget({ kind: 'gaussian', rho: RHO });
const base: ChainOptions = {
  algorithm: 'mh',
  scale: 1,
  stepSize: 0.25,
  leapfrogSteps: 10,
  steps: 1000,
  seed: 1,
};

function checkMoments(options: ChainOptions, burnIn: number): void {
  const chain = new McmcChain(gaussian(), options);
  chain.advance(options.steps);
  const n = options.steps;
  const m = chainMoments(chain.xs, chain.ys, burnIn, n);
  // Tolerances from the chain's own effective sample size: 4 standard errors of the mean, and
  // 4 standard errors of a (co)variance estimate of a unit-variance normal (sd ≈ √(2/ESS)).
  const ess = Math.min(
    effectiveSampleSize(chain.xs.subarray(burnIn)),
    effectiveSampleSize(chain.ys.subarray(burnIn)),
  );
  expect(ess).toBeGreaterThan(500);
  const seMean = 1 / Math.sqrt(ess);
  const seVar = Math.sqrt(2 / ess);
  expect(Math.abs(m.meanX)).toBeLessThan(4 * seMean);
  expect(Math.abs(m.meanY)).toBeLessThan(4 * seMean);
  expect(Math.abs(m.varX - 1)).toBeLessThan(4 * seVar);
  expect(Math.abs(m.varY - 1)).toBeLessThan(4 * seVar);
  expect(Math.abs(m.covXY - RHO)).toBeLessThan(4 * seVar);
}

describe('McmcChain on a correlated Gaussian (ρ = 0.8)', () => {
  it('random-walk MH (scale 1, 60 000 steps, seed 7): mean ≈ 0, covariance ≈ [[1, 0.8], [0.8, 1]] after burn-in', () => {
    checkMoments({ ...base, algorithm: 'mh', steps: 60_000, seed: 7 }, 1000);
  });
  it('HMC (ε = 0.25, L = 10, 6 000 steps, seed 11): mean ≈ 0, covariance ≈ [[1, 0.8], [0.8, 1]] after burn-in', () => {
    checkMoments({ ...base, algorithm: 'hmc', steps: 6000, seed: 11 }, 200);
  });
  it('MH acceptance falls as the proposal scale grows; HMC with a small step accepts nearly all', () => {
    const rate = (o: Partial<ChainOptions>) => {
      const c = new McmcChain(gaussian(), { ...base, steps: 5000, ...o });
      c.advance(5000);
      return c.acceptanceRate;
    };
    const small = rate({ scale: 0.1 });
    const mid = rate({ scale: 1 });
    const big = rate({ scale: 5 });
    expect(small).toBeGreaterThan(mid);
    expect(mid).toBeGreaterThan(big);
    expect(rate({ algorithm: 'hmc', stepSize: 0.05, leapfrogSteps: 20 })).toBeGreaterThan(0.99);
  });
});

describe('McmcChain bookkeeping', () => {
  it('same seed, same chain; chunked advance(·) equals one advance(n)', () => {
    for (const algorithm of ['mh', 'hmc'] as const) {
      const a = new McmcChain(gaussian(), { ...base, algorithm, steps: 3000, seed: 5 });
      a.advance(3000);
      const b = new McmcChain(gaussian(), { ...base, algorithm, steps: 3000, seed: 5 });
      for (const k of [1, 7, 500, 10_000]) b.advance(k);
      expect(b.done).toBe(3000);
      expect(b.xs).toEqual(a.xs);
      expect(b.py).toEqual(a.py);
      expect(b.accepted).toEqual(a.accepted);
      const c = new McmcChain(gaussian(), { ...base, algorithm, steps: 3000, seed: 6 });
      c.advance(3000);
      expect(c.xs).not.toEqual(a.xs);
    }
  });
  it('each state is the proposal when accepted and the previous state when rejected', () => {
    const c = new McmcChain(gaussian(), { ...base, steps: 2000, seed: 2 });
    c.advance(2000);
    let count = 0;
    for (let i = 0; i < 2000; i++) {
      const prevX = i === 0 ? c.start[0] : c.xs[i - 1];
      expect(c.xs[i]).toBe(c.accepted[i] ? c.px[i] : prevX);
      count += c.accepted[i];
    }
    expect(c.acceptedCount).toBe(count);
  });
  it('invalid options are refused with RangeError', () => {
    const bad: Partial<ChainOptions>[] = [
      { steps: 0 },
      { steps: 2.5 },
      { steps: 2e6 },
      { scale: 0 },
      { scale: NaN },
      { algorithm: 'hmc', stepSize: -1 },
      { algorithm: 'hmc', leapfrogSteps: 0 },
      { algorithm: 'gibbs' as 'mh' },
    ];
    for (const o of bad)
      expect(() => new McmcChain(gaussian(), { ...base, ...o }), JSON.stringify(o)).toThrow(RangeError);
    expect(
      () => new McmcChain(makeTarget({ kind: 'custom', source: 'log(x)' }), { ...base, start: [-1, 0] }),
    ).toThrow(/not finite at the starting point/);
  });
});

describe('McmcRun', () => {
  it('snapshots tile the chain exactly and the last carries diagnostics', () => {
    const req = {
      ...base,
      algorithm: 'hmc' as const,
      steps: 5000,
      seed: 3,
      target: { kind: 'banana' as const },
    };
    const run = new McmcRun(req);
    const xs = new Float64Array(5000);
    let next = 0;
    while (!run.done) {
      run.step();
      const s = run.snapshot(false);
      expect(s.from).toBe(next);
      xs.set(s.xs, s.from);
      next = s.done;
    }
    const last = run.snapshot(true);
    expect(last.xs.length).toBe(0);
    expect(xs).toEqual(run.chain.xs);
    const d = last.diagnostics!;
    expect(d.burnIn).toBe(500);
    expect(d.count).toBe(4500);
    expect(d.acfX[0]).toBe(1);
    expect(d.acfX.length).toBe(101);
    expect(d.essX).toBeGreaterThan(10);
    expect(d.essX).toBeLessThan(4500 * Math.log10(4500));
  });
});

describe('chainDiagnostics(chain)', () => {
  it('its ESS equals effectiveSampleSize of the post-burn-in states, and its ACF is the first 101 lags', () => {
    const chain = new McmcChain(gaussian(), { ...base, steps: 4000, seed: 9 });
    chain.advance(4000);
    const d = chainDiagnostics(chain);
    expect(d.burnIn).toBe(400);
    expect(d.essX).toBeCloseTo(effectiveSampleSize(chain.xs.subarray(400)), 9);
    expect(d.essY).toBeCloseTo(effectiveSampleSize(chain.ys.subarray(400)), 9);
    const acf = autocorrelation(chain.ys.subarray(400), 100);
    expect(d.acfY.length).toBe(101);
    for (let k = 0; k <= 100; k++) expect(d.acfY[k]).toBeCloseTo(acf[k], 12);
  });
});
