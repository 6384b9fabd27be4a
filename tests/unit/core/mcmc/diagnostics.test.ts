// Autocorrelation against brute force, the FFT against a direct DFT, and ESS of AR(1) series
// against n(1 − φ)/(1 + φ).
import { describe, expect, it } from 'vitest';
import {
  autocorrelation,
  createRng,
  effectiveSampleSize,
  fftInPlace,
  integratedAutocorrelationTime,
} from '../../../../src/core/index';
import { fillNormal } from '../../../../src/core/probability/samplers/index';

function ar1(phi: number, n: number, seed: number): Float64Array {
  const eps = new Float64Array(n);
  fillNormal(createRng(seed), eps, 0, 1);
  const x = new Float64Array(n);
  // Start in the stationary law N(0, 1/(1 − φ²)) so there is no transient.
  x[0] = eps[0] / Math.sqrt(1 - phi * phi);
  for (let t = 1; t < n; t++) x[t] = phi * x[t - 1] + eps[t];
  return x;
}

describe('fftInPlace(re, im, sign)', () => {
  it('equals the direct DFT for n = 16, and inverse(forward(x)) = n·x', () => {
    const rng = createRng(1);
    const n = 16;
    const x = Array.from({ length: n }, () => rng.next() - 0.5);
    const re = Float64Array.from(x);
    const im = new Float64Array(n);
    fftInPlace(re, im, -1);
    for (let k = 0; k < n; k++) {
      let sr = 0;
      let si = 0;
      for (let j = 0; j < n; j++) {
        sr += x[j] * Math.cos((-2 * Math.PI * j * k) / n);
        si += x[j] * Math.sin((-2 * Math.PI * j * k) / n);
      }
      expect(re[k]).toBeCloseTo(sr, 12);
      expect(im[k]).toBeCloseTo(si, 12);
    }
    fftInPlace(re, im, 1);
    for (let j = 0; j < n; j++) expect(re[j] / n).toBeCloseTo(x[j], 13);
    expect(() => fftInPlace(new Float64Array(12), new Float64Array(12), 1)).toThrow(RangeError);
  });
});

describe('autocorrelation(x, maxLag)', () => {
  it('equals the brute-force biased estimator γ̂_k/γ̂_0 for k ≤ 50', () => {
    const x = ar1(0.7, 3000, 9);
    const rho = autocorrelation(x, 50);
    const n = x.length;
    const mean = x.reduce((a, b) => a + b, 0) / n;
    const gamma = (k: number) => {
      let s = 0;
      for (let t = 0; t + k < n; t++) s += (x[t] - mean) * (x[t + k] - mean);
      return s / n;
    };
    const g0 = gamma(0);
    expect(rho.length).toBe(51);
    for (const k of [0, 1, 2, 5, 17, 50]) expect(rho[k]).toBeCloseTo(gamma(k) / g0, 12);
    expect(rho[1]).toBeCloseTo(0.7, 1);
  });
  it('of a constant series is 1 at lag 0 and 0 after', () => {
    expect(Array.from(autocorrelation(new Float64Array(10).fill(3), 3))).toEqual([1, 0, 0, 0]);
  });
});

describe('effectiveSampleSize(AR(1) series)', () => {
  const n = 100_000;
  for (const [phi, seed] of [
    [0, 1],
    [0.5, 2],
    [0.9, 3],
    [0.97, 4],
    [-0.5, 5],
  ] as const) {
    const want = (n * (1 - phi)) / (1 + phi);
    it(`effectiveSampleSize(AR(1), φ = ${phi}, n = 1e5) ≈ n(1−φ)/(1+φ) = ${want.toFixed(0)} within 12%`, () => {
      const ess = effectiveSampleSize(ar1(phi, n, seed));
      expect(Math.abs(ess / want - 1)).toBeLessThan(0.12);
    });
  }
  it('integratedAutocorrelationTime of the exact AR(1) autocorrelations φ^k is (1+φ)/(1−φ)', () => {
    const phi = 0.8;
    const rho = Array.from({ length: 2000 }, (_, k) => phi ** k);
    expect(integratedAutocorrelationTime(rho)).toBeCloseTo((1 + phi) / (1 - phi), 10);
  });
  it('a chain that never moved has ESS 1; fewer than 4 values give NaN', () => {
    expect(effectiveSampleSize(new Float64Array(100).fill(2))).toBe(1);
    expect(effectiveSampleSize([1, 2, 3])).toBeNaN();
  });
});
