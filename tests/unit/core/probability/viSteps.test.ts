import { describe, expect, it } from 'vitest';
import { fitGaussianVI, gaussianViSteps, type ViOptions, type ViStep } from '../../../../src/core';

function drain(target: string, opts: ViOptions) {
  const it = gaussianViSteps(target, opts);
  const steps: ViStep[] = [];
  for (;;) {
    const r = it.next();
    if (r.done) return { steps, result: r.value };
    steps.push(r.value);
  }
}

describe('gaussianViSteps: the fit as a stream', () => {
  for (const divergence of ['reverse', 'forward'] as const)
    for (const family of ['mean-field', 'full'] as const)
      it(`${divergence} ${family} on the mixture: one step per ELBO point, the same result as fitGaussianVI`, () => {
        const opts: ViOptions = { divergence, family, seed: 3, iterations: 4000 };
        const { steps, result } = drain('mixture', opts);
        const whole = fitGaussianVI('mixture', opts);
        expect(result).toEqual(whole);
        expect(steps.map((s) => s.elbo)).toEqual(whole.elbo);
        expect(steps.at(-1)!.iteration).toBe(4000);
        for (let i = 1; i < steps.length; i++)
          expect(steps[i].iteration).toBeGreaterThan(steps[i - 1].iteration);
        for (const s of steps) {
          expect(s.cov[0][0]).toBeGreaterThan(0);
          expect(s.cov[1][1]).toBeGreaterThan(0);
          if (family === 'mean-field') expect(s.cov[0][1]).toBe(0);
        }
      });

  it('reverse KL on the Gaussian target: the streamed q moves from the start towards p and ends near the averaged result', () => {
    const { steps, result } = drain('gaussian', {
      divergence: 'reverse',
      family: 'full',
      seed: 1,
      iterations: 20_000,
    });
    const last = steps.at(-1)!;
    // The last iterate is noisy, the result averages the second half: both near N(0, [[1, .8], [.8, 1]]).
    expect(Math.abs(last.cov[0][1] - 0.8)).toBeLessThan(0.15);
    expect(Math.abs(result.cov[0][1] - 0.8)).toBeLessThan(0.05);
    // The first step's q is the initial spread (a tenth of the 7-wide box, variance 0.49), not yet correlated.
    expect(Math.abs(steps[0].cov[0][1])).toBeLessThan(Math.abs(last.cov[0][1]));
  });

  it('invalid options throw on the first next(), as fitGaussianVI does', () => {
    const it = gaussianViSteps('gaussian', {
      divergence: 'sideways' as 'reverse',
      family: 'full',
      seed: 1,
      iterations: 10,
    });
    expect(() => it.next()).toThrow(RangeError);
  });
});
