import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import type { SampleSnapshot } from '../../../src/core';
import { ComputeClient } from '../../../src/worker/client';
import { isCancelled } from '../../../src/worker/errors';

const makeClient = () =>
  new ComputeClient(
    () => new Worker(new URL('../../../src/worker/api.ts', import.meta.url), { type: 'module' }),
  );

const sample = (client: ComputeClient, n: number, opts: { signal?: AbortSignal } = {}) =>
  client.run<SampleSnapshot, SampleSnapshot>(
    'sample',
    (api, id, progress) =>
      api.sample(id, { dist: 'normal', params: { mean: 1, sd: 2 }, n, seed: 5 }, progress),
    opts,
  );

// @vitest/web-worker runs the worker on the test's own thread: fine for the message round trip, but it cannot
// show timing (progress while the job runs, cancel latency) or a real terminate. Those are proven in Chromium
// by tests/e2e/probability.e2e.ts (Cancel during a 10^9 run; a killed worker is replaced).
describe('ComputeClient over the real worker (api.ts)', () => {
  it('run(sample) returns the snapshot with transferred typed arrays', async () => {
    const client = makeClient();
    const snap = await sample(client, 50_000);
    expect(snap.drawn).toBe(50_000);
    expect(snap.density).toBeInstanceOf(Float64Array);
    expect(Math.abs(snap.mean - 1)).toBeLessThan((4 * 2) / Math.sqrt(50_000));
    expect(snap.ksMode).toBe('exact');
  });

  it('a newer job of the same kind cancels the older one', async () => {
    const client = makeClient();
    const older = sample(client, 1e9);
    const newer = sample(client, 1000);
    await expect(older).rejects.toSatisfy(isCancelled);
    await expect(newer).resolves.toMatchObject({ drawn: 1000 });
    expect(client.liveJobs).toBe(0);
  });

  it('a job that throws in the core rejects with its message (invalid parameters)', async () => {
    const client = makeClient();
    const bad = client.run('sample', (api, id) =>
      api.sample(id, { dist: 'normal', params: { mean: 0, sd: -1 }, n: 10, seed: 1 }),
    );
    await expect(bad).rejects.toThrow(/sd must be greater than 0/);
  });
});
