import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import { fitGaussianVI, meanFieldGaussianVariances, type ViOptions } from '../../../../src/core/index';

type ViCase = { target: string; opts: ViOptions; mean: number[]; cov: number[][]; tolerance: number };

describe('fitGaussianVI(target, opts) on the fixtures: a statistical property with fixed seeds', () => {
  for (const k of fixtures.probability.fitGaussianVI as ViCase[])
    it(`fitGaussianVI(…, ${k.opts.divergence} ${k.opts.family}, seed ${k.opts.seed}) within ${k.tolerance}`, () => {
      const r = fitGaussianVI(k.target, k.opts);
      r.mean.forEach((v, i) => expect(Math.abs(v - k.mean[i])).toBeLessThanOrEqual(k.tolerance));
      r.cov.flat().forEach((v, i) => expect(Math.abs(v - k.cov.flat()[i])).toBeLessThanOrEqual(k.tolerance));
      if (k.opts.family === 'mean-field') {
        expect(r.cov[0][1]).toBe(0);
        expect(r.cov[1][0]).toBe(0);
      }
      expect(r.elbo.length).toBeGreaterThan(0);
      expect(r.elbo.every(Number.isFinite)).toBe(true);
    });
});

describe('fitGaussianVI: the known results', () => {
  const opts = (o: Partial<ViOptions>): ViOptions => ({
    divergence: 'reverse',
    family: 'full',
    seed: 1,
    iterations: 20000,
    ...o,
  });
  it('is seeded: equal options give equal results', () => {
    const a = fitGaussianVI('banana', opts({ iterations: 2000 }));
    expect(fitGaussianVI('banana', opts({ iterations: 2000 }))).toEqual(a);
    expect(fitGaussianVI('banana', opts({ iterations: 2000, seed: 2 }))).not.toEqual(a);
  });
  it('mean-field underestimates the variance of the correlated Gaussian (ρ = 0.8): 1 − ρ² = 0.36, not 1', () => {
    const [vx, vy] = meanFieldGaussianVariances([
      [1, 0.8],
      [0.8, 1],
    ]);
    expect(vx).toBeCloseTo(0.36, 14);
    expect(vy).toBeCloseTo(0.36, 14);
    const r = fitGaussianVI('gaussian', opts({ family: 'mean-field', seed: 4 }));
    expect(Math.abs(r.cov[0][0] - 0.36)).toBeLessThan(0.05);
    expect(Math.abs(r.cov[1][1] - 0.36)).toBeLessThan(0.05);
    const full = fitGaussianVI('gaussian', opts({ seed: 4 }));
    expect(Math.abs(full.cov[0][1] - 0.8)).toBeLessThan(0.05);
  });
  it('on the mixture, reverse KL sits in one mode and forward KL covers all three', () => {
    const rev = fitGaussianVI('mixture', opts({ seed: 9 }));
    const fwd = fitGaussianVI('mixture', opts({ divergence: 'forward', seed: 9 }));
    const modes = [
      [-2, -1.5],
      [2, -1],
      [-0.5, 2.2],
    ];
    const nearest = Math.min(...modes.map(([x, y]) => Math.hypot(rev.mean[0] - x, rev.mean[1] - y)));
    expect(nearest).toBeLessThan(0.2);
    expect(rev.cov[0][0]).toBeLessThan(1);
    // The mixture's own mean is Σ wₖ μₖ = (0.05, −0.19); its variance is several units.
    expect(Math.abs(fwd.mean[0] - 0.05)).toBeLessThan(0.15);
    expect(Math.abs(fwd.mean[1] + 0.19)).toBeLessThan(0.15);
    expect(fwd.cov[0][0]).toBeGreaterThan(2.5);
  });
  it('forward KL on a Gaussian matches its moments (full) and its variances (mean-field)', () => {
    const full = fitGaussianVI('gaussian', opts({ divergence: 'forward', rho: 0.5, seed: 3 }));
    expect(Math.abs(full.cov[0][1] - 0.5)).toBeLessThan(0.05);
    const mf = fitGaussianVI(
      'gaussian',
      opts({ divergence: 'forward', family: 'mean-field', rho: 0.5, seed: 3 }),
    );
    expect(Math.abs(mf.cov[0][0] - 1)).toBeLessThan(0.05);
    expect(mf.cov[0][1]).toBe(0);
  });
  it.each([
    ['x +', {}],
    ['gaussian', { rho: 1 }],
    ['gaussian', { iterations: 0 }],
    ['gaussian', { iterations: 1.5 }],
    ['gaussian', { divergence: 'sideways' }],
    ['gaussian', { family: 'diagonal' }],
    ['gaussian', { seed: NaN }],
    ['log(-1 - x^2)', {}],
  ])('fitGaussianVI(%s, %j) throws a RangeError', (t, o) => {
    expect(() => fitGaussianVI(t, opts(o as Partial<ViOptions>))).toThrow(RangeError);
  });
});
