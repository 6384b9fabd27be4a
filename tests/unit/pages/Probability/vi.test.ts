import { describe, expect, it } from 'vitest';
import { fitGaussianVI } from '../../../../src/core';
import { viPython } from '../../../../src/pages/Probability/learn/pythonVi';
import { findings, qTex } from '../../../../src/pages/Probability/vi/viText';
import {
  drawable,
  elboDomain,
  elboPath,
  ellipsePath,
  movingAverage,
} from '../../../../src/pages/Probability/vi/viPlot';
import { viView } from '../../../../src/stores/probability/vi/view';
import type { ViRequest } from '../../../../src/worker/protocol';

const id = (v: number) => v;

describe('Variational inference tab helpers', () => {
  it('movingAverage averages the last finite values and skips −∞', () => {
    const m = movingAverage([1, 2, 3, -Infinity, 5], 2);
    expect(Array.from(m)).toEqual([1, 1.5, 2.5, 3, 5]);
    expect(Number.isNaN(movingAverage([-Infinity], 3)[0])).toBe(true);
  });

  it('elboDomain ignores the first tenth and non-finite values; elboPath breaks at −∞', () => {
    const v = [-100, -5, -4, -3, -2, -1.5, -1.2, -1.1, -1, -1, -Infinity];
    const [lo, hi] = elboDomain(v);
    expect(lo).toBeLessThan(-5);
    expect(lo).toBeGreaterThan(-6);
    expect(hi).toBeGreaterThan(-1);
    expect(elboDomain([])).toEqual([-1, 1]);
    expect(elboPath([1, 2, 3, 4], [1, -Infinity, 2, 3], id, id)).toBe('M1.0,1.0M3.0,2.0L4.0,3.0');
  });

  it('a q that is not positive definite is not drawn', () => {
    const bad = {
      mean: [0, 0] as [number, number],
      cov: [
        [1, 1],
        [1, 1],
      ] as [[number, number], [number, number]],
    };
    expect(drawable(bad)).toBe(false);
    expect(ellipsePath(bad, 1, id, id)).toBe('');
    const ok = {
      mean: [0, 0] as [number, number],
      cov: [
        [1, 0],
        [0, 4],
      ] as [[number, number], [number, number]],
    };
    expect(ellipsePath(ok, 1, id, id)).toMatch(/^M0\.0,2\.0L/); // starts at the end of the major axis, √4 = 2 along y
  });

  it('the words state the mean-field result and the mode choice with the fit’s numbers', () => {
    const req: ViRequest = {
      target: 'gaussian',
      rho: 0.8,
      divergence: 'reverse',
      family: 'mean-field',
      iterations: 20_000,
      seed: 1,
      mcmcSteps: 0,
    };
    const q = fitGaussianVI('gaussian', req);
    const [text] = findings(req, q, null);
    expect(text).toContain('1 − ρ² = 0.36');
    expect(text).toContain(`q's variance x is ${Number(q.cov[0][0].toPrecision(4))}`);
    const mix = { ...req, target: 'mixture' as const, family: 'full' as const };
    const qm = fitGaussianVI('mixture', mix);
    expect(findings(mix, qm, null)[0]).toMatch(/picks one mode.*\(-0\.5, 2\.2\)/);
    const fwd = { ...mix, divergence: 'forward' as const };
    expect(findings(fwd, fitGaussianVI('mixture', fwd), null)[0]).toMatch(/covers all three modes/);
    expect(qTex(q)).toContain('\\mathcal N');
  });

  it('the Code panel script follows the view: target, divergence, family, seed, chain', () => {
    const rev = viPython({ ...viView.defaults, target: 'donut', family: 'mean-field', seed: 9 });
    expect(rev).toContain('rng = np.random.default_rng(9)');
    expect(rev).toContain('radius ~ N(2.5, 0.25^2)');
    expect(rev).toContain('mean-field: S diagonal');
    expect(rev).toContain('T = 20000');
    expect(rev).toContain('Random-walk Metropolis');
    const fwd = viPython({ ...viView.defaults, divergence: 'forward', mcmcSteps: 0 });
    expect(fwd).toContain('Forward KL(p||q)');
    expect(fwd).not.toContain('Metropolis');
    expect(fwd).not.toContain('theta');
  });
});
