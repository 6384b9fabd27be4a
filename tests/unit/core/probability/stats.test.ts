// Streaming statistics: histogram counts and moments against naive computations, chunked streams
// against one pass, and the KS distances against brute force.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/probability/rng';
import { fillNormal, fillPoisson } from '../../../../src/core/probability/samplers/index';
import {
  KS_GRID_BINS,
  RunningMoments,
  StreamingHistogram,
  ksCriticalValue,
  ksExact,
  ksGrid,
  ksGridSlack,
  ksPValue,
} from '../../../../src/core/probability/stats/index';

function normals(seed: number, n: number, mean = 0, sd = 1): Float64Array {
  const x = new Float64Array(n);
  fillNormal(createRng(seed), x, mean, sd);
  return x;
}

/** Two-pass mean and M2, the reference the streaming moments must match (Neumaier-compensated sum). */
function twoPass(x: Float64Array): { mean: number; m2: number } {
  let s = 0;
  let comp = 0;
  for (const v of x) {
    const t = s + v;
    comp += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  const mean = (s + comp) / x.length;
  let m2 = 0;
  for (const v of x) m2 += (v - mean) ** 2;
  return { mean, m2 };
}

const normalCdf = (x: number) => 0.5 * erfc(-x / Math.SQRT2);
/** erfc by the Taylor series of erf below 3 and its continued fraction above (~1e-12; each comparison below uses the same cdf on both sides). */
function erfc(z: number): number {
  if (z < 0) return 2 - erfc(-z);
  if (z < 3) {
    // erf by its Taylor series, 1e-16 accurate below 3 with enough terms.
    let term = z;
    let sum = z;
    for (let k = 1; k < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
      term *= (-z * z) / k;
      sum += term / (2 * k + 1);
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // Continued fraction erfc(z) = e^{−z²}/√π · 1/(z + ½/(z + 1/(z + 3/2/(z + …)))).
  let f = z;
  for (let k = 60; k >= 1; k--) f = z + k / 2 / f;
  return Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
}

describe('StreamingHistogram.add(chunk)', () => {
  it('new StreamingHistogram(-2, 3, 10) counts like a naive loop, edges and out-of-range included', () => {
    const x = Float64Array.from([
      ...normals(1, 5000),
      -2,
      3,
      2.9999999999999996,
      -2.0000000000000004,
      3.0000000000000004,
      -2.5,
      0.5,
      1e300,
      -Infinity,
    ]);
    const h = new StreamingHistogram(-2, 3, 10);
    h.add(x);
    const counts = new Float64Array(10);
    let below = 0;
    let above = 0;
    for (const v of x) {
      if (v < -2) below++;
      else if (v > 3) above++;
      else counts[Math.min(9, Math.floor((v - -2) / 0.5))]++;
    }
    expect(h.counts).toEqual(counts);
    expect([h.below, h.above, h.total]).toEqual([below, above, x.length]);
  });

  it('StreamingHistogram.integers(0, 12) puts each integer in its own bin', () => {
    const x = new Float64Array(20000);
    fillPoisson(createRng(2), x, 4);
    const h = StreamingHistogram.integers(0, 12);
    h.add(x);
    for (let k = 0; k <= 12; k++) expect(h.counts[k]).toBe(x.filter((v) => v === k).length);
    expect(h.above).toBe(x.filter((v) => v > 12).length);
    expect(h.below).toBe(0);
  });

  it('density() integrates to the in-range fraction of all samples', () => {
    const h = new StreamingHistogram(-1, 1, 40);
    h.add(normals(3, 10000));
    const integral = h.density().reduce((s, d) => s + d * h.width, 0);
    expect(integral).toBeCloseTo((h.total - h.below - h.above) / h.total, 12);
  });

  it('mean and variance match a two-pass computation, even far from zero (1e9 + N(0, 1))', () => {
    const x = normals(4, 100000, 1e9, 1);
    const h = new StreamingHistogram(1e9 - 5, 1e9 + 5, 100);
    h.add(x);
    const ref = twoPass(x);
    expect(h.moments.mean).toBeCloseTo(ref.mean, 6);
    expect(h.moments.m2 / ref.m2 - 1).toBeLessThan(1e-9);
    expect(h.moments.variance).toBeCloseTo(ref.m2 / (x.length - 1), 9);
  });

  it('chunked adds equal one add of the whole stream (counts exactly, moments to 1e-12)', () => {
    const x = normals(5, 100000, 3, 2);
    const whole = new StreamingHistogram(-5, 11, 256);
    whole.add(x);
    const parts = new StreamingHistogram(-5, 11, 256);
    for (const [a, b] of [
      [0, 1],
      [1, 777],
      [777, 50000],
      [50000, 50000],
      [50000, 100000],
    ])
      parts.add(x.subarray(a, b));
    expect(parts.counts).toEqual(whole.counts);
    expect(parts.total).toBe(whole.total);
    expect(Math.abs(parts.moments.mean - whole.moments.mean)).toBeLessThan(1e-12 * 3);
    expect(Math.abs(parts.moments.m2 / whole.moments.m2 - 1)).toBeLessThan(1e-12);
  });

  it('merge() of two histograms equals one histogram of both streams', () => {
    const x = normals(6, 20000);
    const a = new StreamingHistogram(-3, 3, 60);
    const b = new StreamingHistogram(-3, 3, 60);
    const all = new StreamingHistogram(-3, 3, 60);
    a.add(x.subarray(0, 5000));
    b.add(x.subarray(5000));
    all.add(x);
    a.merge(b);
    expect(a.counts).toEqual(all.counts);
    expect(a.moments.mean).toBeCloseTo(all.moments.mean, 13);
    expect(a.moments.m2 / all.moments.m2).toBeCloseTo(1, 12);
  });

  it('coarsen(64) of a 4096-bin histogram equals a 64-bin histogram of the same samples', () => {
    const x = normals(7, 30000);
    const fine = new StreamingHistogram(-4, 4, KS_GRID_BINS);
    const coarse = new StreamingHistogram(-4, 4, 64, { moments: false });
    fine.add(x);
    coarse.add(x);
    // Bin edges of the two grids coincide only up to rounding, so allow a sample to sit across one.
    const diff = fine.coarsen(64).counts.reduce((s, c, i) => s + Math.abs(c - coarse.counts[i]), 0);
    expect(diff).toBeLessThanOrEqual(2);
    expect(coarse.moments.count).toBe(0);
  });
});

describe('RunningMoments', () => {
  it('add() per chunk and merge() agree with two passes over the concatenation', () => {
    const x = normals(8, 10001, -7, 0.01);
    const m = new RunningMoments();
    m.add(x.subarray(0, 3));
    m.add(x.subarray(3, 4000));
    m.add(x.subarray(4000));
    const ref = twoPass(x);
    expect(m.count).toBe(x.length);
    expect(m.mean).toBeCloseTo(ref.mean, 13);
    expect(m.m2 / ref.m2).toBeCloseTo(1, 11);
  });
});

/** sup_x |F_n(x) − F(x)| by brute force: continuous by the textbook max(i/n − F, F − (i−1)/n). */
function bruteContinuous(x: Float64Array, cdf: (x: number) => number): number {
  const s = x.slice().sort();
  let d = 0;
  s.forEach((v, i) => (d = Math.max(d, (i + 1) / s.length - cdf(v), cdf(v) - i / s.length)));
  return d;
}
/** Discrete: both functions are constant on [k, k + 1), so compare at every integer by counting. */
function bruteDiscrete(x: Float64Array, cdf: (k: number) => number): number {
  let d = 0;
  for (let k = Math.min(...x) - 1; k <= Math.max(...x); k++)
    d = Math.max(d, Math.abs(x.filter((v) => v <= k).length / x.length - cdf(k)));
  return d;
}
const poissonCdf = (l: number) => (k: number) => {
  let s = 0;
  let p = Math.exp(-l);
  for (let j = 0; j <= Math.floor(k); j++, p *= l / j) s += p;
  return s;
};

describe('ksExact(sorted, cdf, discrete)', () => {
  it.each([5, 17, 100, 1000])('matches the textbook formula on %i normal samples', (n) => {
    const x = normals(n, n);
    expect(ksExact(x.slice().sort(), normalCdf, false)).toBeCloseTo(bruteContinuous(x, normalCdf), 14);
  });

  it.each([3, 20, 300])(
    'handles ties of Poisson(2.5) samples (n = %i) like counting at every integer',
    (n) => {
      const x = new Float64Array(n);
      fillPoisson(createRng(n), x, 2.5);
      expect(ksExact(x.slice().sort(), poissonCdf(2.5), true)).toBeCloseTo(
        bruteDiscrete(x, poissonCdf(2.5)),
        14,
      );
    },
  );

  it('ksExact([0.5], U(0,1) cdf) = 0.5 and ksExact([1, 1], point mass at 1) = 0', () => {
    expect(ksExact(Float64Array.of(0.5), (x) => Math.min(1, Math.max(0, x)), false)).toBe(0.5);
    expect(ksExact(Float64Array.of(1, 1), (k) => (k >= 1 ? 1 : 0), true)).toBe(0);
  });
});

describe('ksGrid(hist, cdf)', () => {
  it('on 4096 bins is within ksGridSlack below ksExact for 1e5 normals', () => {
    const x = normals(9, 100000);
    const h = new StreamingHistogram(-6, 6, KS_GRID_BINS);
    h.add(x);
    const exact = ksExact(x.slice().sort(), normalCdf, false);
    const grid = ksGrid(h, normalCdf);
    expect(grid).toBeLessThanOrEqual(exact + 1e-12);
    expect(exact - grid).toBeLessThanOrEqual(ksGridSlack(h, normalCdf));
    expect(ksGridSlack(h, normalCdf)).toBeLessThan(0.002);
  });

  it('detects a shifted sample as clearly as ksExact does', () => {
    const x = normals(10, 100000, 0.05, 1);
    const h = new StreamingHistogram(-6, 6, KS_GRID_BINS);
    h.add(x);
    expect(ksGrid(h, normalCdf)).toBeCloseTo(ksExact(x.slice().sort(), normalCdf, false), 3);
    expect(ksGrid(h, normalCdf)).toBeGreaterThan(ksCriticalValue(x.length, 1e-6));
  });

  it('equals ksExact for integer samples when the histogram covers their range', () => {
    const x = new Float64Array(50000);
    fillPoisson(createRng(11), x, 6);
    const h = StreamingHistogram.integers(0, 40);
    h.add(x);
    expect(ksGrid(h, poissonCdf(6))).toBeCloseTo(ksExact(x.slice().sort(), poissonCdf(6), true), 14);
  });
});

describe('ksPValue and ksCriticalValue (asymptotic Kolmogorov distribution)', () => {
  it.each([
    [0.05, 1.3581],
    [0.01, 1.6276],
    [0.001, 1.9495],
  ])('ksCriticalValue(1e12, %f)·1e6 = %f (Kolmogorov quantile)', (alpha, k) => {
    expect(ksCriticalValue(1e12, alpha) * 1e6).toBeCloseTo(k, 3);
  });

  it('ksPValue inverts ksCriticalValue, and its two series agree where they switch (λ = 1.18)', () => {
    for (const n of [10, 1000, 1e6])
      for (const a of [0.2, 0.05, 1e-4]) expect(ksPValue(ksCriticalValue(n, a), n)).toBeCloseTo(a, 9);
    const lam = (d: number) => ksPValue(d / 1e6, 1e12);
    expect(lam(1.18 - 1e-9)).toBeCloseTo(lam(1.18 + 1e-9), 8);
  });
});
