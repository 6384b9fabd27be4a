import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import type { McmcRequest } from '../../../src/core';
import { McmcChain, makeTarget } from '../../../src/core';
import { ComputeClient } from '../../../src/worker/client';
import type { McmcResult } from '../../../src/worker/jobs/mcmc';

const makeClient = () =>
  new ComputeClient(
    () => new Worker(new URL('../../../src/worker/api.ts', import.meta.url), { type: 'module' }),
  );

const REQ: McmcRequest = {
  target: { kind: 'banana' },
  algorithm: 'hmc',
  scale: 1,
  stepSize: 0.1,
  leapfrogSteps: 10,
  steps: 20_000,
  seed: 4,
};

describe('api.mcmc over the real worker (api.ts)', () => {
  it('mcmc(banana, HMC, 20 000 steps): progress and result tile the chain the core computes for the seed', async () => {
    const client = makeClient();
    const xs = new Float64Array(REQ.steps);
    const seen: number[] = [];
    const put = (s: McmcResult) => {
      expect(s.xs).toBeInstanceOf(Float64Array);
      expect(s.accepted).toBeInstanceOf(Uint8Array);
      xs.set(s.xs, s.from);
      seen.push(s.from, s.from + s.xs.length);
    };
    const final = await client.run<McmcResult, McmcResult>(
      'mcmc',
      (api, id, progress) => api.mcmc(id, REQ, progress),
      { onProgress: put },
    );
    put(final);
    expect(final.done).toBe(REQ.steps);
    expect(final.diagnostics?.count).toBe(REQ.steps - REQ.steps / 10);
    expect(final.computeMs).toBeGreaterThan(0);
    const chain = new McmcChain(makeTarget(REQ.target), REQ);
    chain.advance(REQ.steps);
    expect(xs).toEqual(chain.xs);
    expect(final.acceptedCount).toBe(chain.acceptedCount);
  });

  it('a typed log-density that does not parse rejects with the parser message', async () => {
    const client = makeClient();
    const bad = client.run('mcmc', (api, id) =>
      api.mcmc(id, { ...REQ, target: { kind: 'custom', source: 'x +* y' } }),
    );
    await expect(bad).rejects.toThrow(/log-density:/);
  });
});
