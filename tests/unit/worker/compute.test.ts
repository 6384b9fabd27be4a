import '@vitest/web-worker';
import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/worker/client';
import { isCancelled } from '../../../src/worker/errors';

describe('compute: typed job methods made from the worker api', () => {
  it('compute.lln(request, { signal, onProgress }) runs the api method as a job of that kind', async () => {
    const seen: number[] = [];
    const snapshot = await compute.lln(
      { dist: 'exponential', params: { rate: 1 }, n: 200_000, runs: 2, seed: 3 },
      { signal: new AbortController().signal, onProgress: (s) => seen.push(s.drawn) },
    );
    expect(snapshot.drawn).toBe(200_000);
    expect(seen.every((d) => d <= 200_000)).toBe(true);
  });

  it('aborting the signal cancels the job', async () => {
    const ctl = new AbortController();
    const job = compute.sample(
      { dist: 'normal', params: { mean: 0, sd: 1 }, n: 1e9, seed: 1 },
      { signal: ctl.signal },
    );
    ctl.abort();
    await expect(job).rejects.toSatisfy(isCancelled);
  });

  it('every call takes a signal (a type error without one)', () => {
    const call = () =>
      // @ts-expect-error: the options must carry a signal
      compute.lln({ dist: 'exponential', params: { rate: 1 }, n: 10, runs: 1, seed: 1 }, {});
    expect(typeof call).toBe('function');
  });
});
