import { describe, expect, it } from 'vitest';
import { cltJob } from '../../../src/worker/jobs/clt';
import { llnJob } from '../../../src/worker/jobs/lln';
import { integralJob, piJob } from '../../../src/worker/jobs/montecarlo';
import type { JobContext } from '../../../src/worker/jobs/context';

/** A context that yields every time and records the snapshots it is offered. */
function recordingCtx(cancelAfter = Infinity) {
  const snapshots: unknown[] = [];
  let checkpoints = 0;
  const ctx: JobContext = {
    async checkpoint() {
      if (++checkpoints > cancelAfter) throw new Error('cancelled');
    },
    progress(s) {
      snapshots.push(typeof s === 'function' ? (s as () => unknown)() : s);
    },
  };
  return { ctx, snapshots, checkpoints: () => checkpoints };
}

describe('simulation jobs (llnJob, cltJob, piJob, integralJob)', () => {
  it('llnJob streams growing snapshots and returns the complete traces as typed arrays', async () => {
    const { ctx, snapshots } = recordingCtx();
    const final = await llnJob(
      { dist: 'uniform', params: { a: 0, b: 1 }, n: 100_000, runs: 2, seed: 1 },
      ctx,
    );
    expect(snapshots.length).toBeGreaterThan(5);
    const drawn = snapshots.map((s) => (s as { drawn: number }).drawn);
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    expect(final.means).toBeInstanceOf(Float64Array);
    expect(final.drawn).toBe(100_000);
    expect(Math.abs(final.means[final.grid.length - 1] - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / 1e5));
  });

  it('a cancelled checkpoint ends the job with its error', async () => {
    const { ctx } = recordingCtx(2);
    await expect(
      cltJob(
        { dist: 'normal', params: { mean: 0, sd: 1 }, k: 10, reps: 100_000, stat: 'mean', seed: 1 },
        ctx,
      ),
    ).rejects.toThrow('cancelled');
  });

  it('piJob at 10^6 points lands within 0.01 of π (the e2e acceptance line, seed 1)', async () => {
    const { ctx } = recordingCtx();
    const s = await piJob({ n: 1_000_000, seed: 1 }, ctx);
    expect(Math.abs(s.estimate - Math.PI)).toBeLessThan(0.01);
    expect(s.points).toBeInstanceOf(Float32Array);
  });

  it('integralJob rejects with the message for a non-finite integrand', async () => {
    const { ctx } = recordingCtx();
    await expect(integralJob({ source: 'sqrt(x)', a: -1, b: 1, n: 1000, seed: 2 }, ctx)).rejects.toThrow(
      /not a finite number/,
    );
  });
});
