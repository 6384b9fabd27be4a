/**
 * Issue 19: the Monte Carlo standard error sd/√ESS beside each MCMC mean, on the page (the diagnostics)
 * and in the Code panel's script, and that it measures what it says: how much the mean moves between runs.
 */
import { describe, expect, it } from 'vitest';
import { McmcRun, monteCarloStandardError, type McmcRequest } from '../../../../src/core/index';
import { mcmcPython } from '../../../../src/pages/Probability/learn/pythonSim';
import { mcmcView } from '../../../../src/stores/probability/mcmc/view';
import { hasPython, pythonRuns, runPython } from '../../learn/python';

const request = (seed: number, steps = 20_000): McmcRequest => ({
  target: { kind: 'gaussian', rho: 0.8 },
  algorithm: 'mh',
  scale: 0.5,
  stepSize: 0.15,
  leapfrogSteps: 20,
  steps,
  seed,
});

function diagnostics(req: McmcRequest) {
  const run = new McmcRun(req);
  while (!run.done) run.step();
  return run.snapshot(true).diagnostics!;
}

describe('Monte Carlo standard error of an MCMC mean', () => {
  it('monteCarloStandardError(v, ess) = √(v/ess); NaN when unknown', () => {
    expect(monteCarloStandardError(4, 100)).toBe(0.2);
    expect(monteCarloStandardError(NaN, 100)).toBeNaN();
    expect(monteCarloStandardError(1, NaN)).toBeNaN();
  });
  it('the diagnostics carry sd/√ESS for x and y', () => {
    const d = diagnostics(request(1));
    expect(d.mcseX).toBeCloseTo(Math.sqrt(d.varX / d.essX), 14);
    expect(d.mcseY).toBeCloseTo(Math.sqrt(d.varY / d.essY), 14);
    expect(d.mcseX).toBeGreaterThan(Math.sqrt(d.varX / d.count)); // correlated draws: larger than sd/√n
  });
  it('over 40 seeds the means of x scatter by about the reported MCSE (ratio within 0.7…1.4)', () => {
    const means: number[] = [];
    const mcse: number[] = [];
    for (let seed = 1; seed <= 40; seed++) {
      const d = diagnostics(request(seed, 10_000));
      means.push(d.meanX);
      mcse.push(d.mcseX);
    }
    const m = means.reduce((a, b) => a + b, 0) / means.length;
    const sd = Math.sqrt(means.reduce((a, b) => a + (b - m) ** 2, 0) / (means.length - 1));
    const typical = Math.sqrt(mcse.reduce((a, b) => a + b * b, 0) / mcse.length);
    expect(sd / typical).toBeGreaterThan(0.7);
    expect(sd / typical).toBeLessThan(1.4);
  });
});

const hasNumpy = hasPython && pythonRuns('import numpy');
describe('the MCMC Code panel prints the Monte Carlo standard error too', () => {
  it('its script has the ESS and sd/√ESS lines and says what the error means', () => {
    const { code, note } = mcmcPython({ ...mcmcView.defaults });
    expect(code).toContain('def ess(v):');
    expect(code).toContain("print('Monte Carlo standard error x and y (sd/sqrt(ESS))'");
    expect(note).toContain('Monte Carlo standard error');
  });
  it.skipIf(!hasNumpy)(
    'run by NumPy, its MCSE is within a factor 2 of the page’s for the same settings',
    () => {
      const view = { ...mcmcView.defaults, steps: 20_000, seed: 3 };
      const out = runPython(mcmcPython(view).code);
      const line = out.split('\n').find((l) => l.startsWith('Monte Carlo standard error'))!;
      const [px, py] = (line.match(/[-+]?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
      const d = diagnostics({ ...request(3), steps: 20_000 });
      for (const [a, b] of [
        [px, d.mcseX],
        [py, d.mcseY],
      ]) {
        expect(a / b).toBeGreaterThan(0.5);
        expect(a / b).toBeLessThan(2);
      }
    },
  );
});
