import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import { fitGaussianVI, makeTarget, McmcChain, chainDiagnostics } from '../../../src/core';
import { ComputeClient } from '../../../src/worker/client';
import type { ViRequest, ViSnapshot } from '../../../src/worker/jobs/vi';

const makeClient = () =>
  new ComputeClient(
    () => new Worker(new URL('../../../src/worker/api.ts', import.meta.url), { type: 'module' }),
  );

const REQ: ViRequest = {
  target: 'gaussian',
  rho: 0.6,
  divergence: 'reverse',
  family: 'mean-field',
  iterations: 8000,
  seed: 2,
  mcmcSteps: 5000,
};

describe('api.vi over the real worker', () => {
  it('streams the fit, then answers the core fit and the seeded chain', async () => {
    const client = makeClient();
    const seen: ViSnapshot[] = [];
    const final = await client.run<ViSnapshot, ViSnapshot>('vi', (api, id, p) => api.vi(id, REQ, p), {
      onProgress: (s) => seen.push(s),
    });
    const core = fitGaussianVI('gaussian', { ...REQ, rho: 0.6 });
    expect(final.result).toEqual({ mean: core.mean, cov: core.cov });
    expect(Array.from(final.path.elbo)).toEqual(core.elbo);
    expect(final.path.iteration.at(-1)).toBe(REQ.iterations);
    for (const k of ['m1', 'm2', 's11', 's12', 's22'] as const)
      expect(final.path[k].length).toBe(core.elbo.length);
    expect(Array.from(final.path.s12).every((v) => v === 0)).toBe(true);
    for (const s of seen) {
      expect(s.result).toBeNull();
      expect(s.path.elbo.length).toBeLessThanOrEqual(core.elbo.length);
    }
    // The chain beside it: random-walk MH with scale 1 from the target's start, same seed.
    const chain = new McmcChain(makeTarget({ kind: 'gaussian', rho: 0.6 }), {
      algorithm: 'mh',
      scale: 1,
      stepSize: 0.1,
      leapfrogSteps: 10,
      steps: REQ.mcmcSteps,
      seed: REQ.seed,
    });
    chain.advance(REQ.mcmcSteps);
    const d = chainDiagnostics(chain);
    expect(final.mcmc!.meanX).toBe(d.meanX);
    expect(final.mcmc!.varX).toBe(d.varX);
    expect(final.mcmc!.mcseX).toBe(d.mcseX);
    expect(final.mcmc!.points.length).toBe(2 * 2000);
    client.terminateForTests();
  });

  it('no chain when mcmcSteps is 0', async () => {
    const client = makeClient();
    const req = { ...REQ, mcmcSteps: 0, iterations: 500 };
    const final = await client.run<ViSnapshot, ViSnapshot>('vi', (api, id, p) => api.vi(id, req, p), {});
    expect(final.mcmc).toBeNull();
    expect(final.result).not.toBeNull();
    client.terminateForTests();
  });
});
