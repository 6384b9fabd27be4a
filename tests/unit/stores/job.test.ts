import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { JobCancelledError } from '../../../src/worker/errors';

// A fake client: each run's start is called with a progress callback the test drives, and the run's promise
// settles when the test says so, or rejects as cancelled when its signal aborts (as the real client does).
interface Call {
  progress: (p: number) => void;
  resolve: (v: number) => void;
  reject: (e: Error) => void;
  signal: AbortSignal;
}
const calls: Call[] = [];
vi.mock('../../../src/worker/client', () => ({
  computeClient: () => ({
    run: (_kind: string, _start: unknown, opts: { signal: AbortSignal; onProgress: (p: number) => void }) =>
      new Promise<number>((resolve, reject) => {
        opts.signal.addEventListener('abort', () => reject(new JobCancelledError()));
        calls.push({ progress: opts.onProgress, resolve, reject, signal: opts.signal });
      }),
  }),
}));

const { createJob, sameRequest } = await import('../../../src/stores/job');
const { useCalculusStore } = await import('../../../src/stores/calculus/store');
const { DEFAULT_VIEW } = await import('../../../src/stores/calculus/view');
const settle = () => new Promise((r) => setTimeout(r, 0));

function recorder() {
  const seen: [number, boolean][] = [];
  const ends: (string | null)[] = [];
  return {
    seen,
    ends,
    onSnapshot: (s: number, f: boolean) => seen.push([s, f]),
    onEnd: (e: string | null) => ends.push(e),
  };
}

describe('createJob (src/stores/job.ts)', () => {
  it('latest wins: a newer run aborts the older, whose snapshots and end are dropped', async () => {
    calls.length = 0;
    const job = createJob('test');
    const a = recorder();
    const b = recorder();
    job.run<number>({ n: 1 }, () => Promise.resolve(0), a.onSnapshot, a.onEnd);
    calls[0].progress(1);
    job.run<number>({ n: 2 }, () => Promise.resolve(0), b.onSnapshot, b.onEnd);
    expect(calls[0].signal.aborted).toBe(true);
    calls[0].progress(2); // a late message of the older job
    calls[1].progress(10);
    calls[1].resolve(20);
    await settle();
    expect(a.seen).toEqual([[1, false]]);
    expect(a.ends).toEqual([]);
    expect(b.seen).toEqual([
      [10, false],
      [20, true],
    ]);
    expect(b.ends).toEqual([null]);
    expect(job.busy).toBe(false);
  });

  it('stop() silences the running job; a failure is reported and not covered', async () => {
    calls.length = 0;
    const job = createJob('test');
    const a = recorder();
    job.run<number>({ n: 1 }, () => Promise.resolve(0), a.onSnapshot, a.onEnd);
    expect(job.busy).toBe(true);
    expect(job.covers({ n: 1 }, null)).toBe(true);
    job.stop();
    await settle();
    expect(a.ends).toEqual([]);
    expect(job.covers({ n: 1 }, null)).toBe(false);

    const b = recorder();
    job.run<number>({ n: 3 }, () => Promise.resolve(0), b.onSnapshot, b.onEnd);
    calls[1].reject(new Error('worker crashed'));
    await settle();
    expect(b.ends).toEqual(['worker crashed']);
    expect(job.covers({ n: 3 }, null)).toBe(false);
    expect(job.covers({ n: 3 }, { n: 3 })).toBe(true); // what the screen already shows
  });

  it('begin() refuses an invalid view (quietly when automatic) and skips a repeated automatic run', () => {
    const job = createJob('test');
    const flags: object[] = [];
    const set = (f: object) => flags.push(f);
    expect(job.begin(null, true, null, set)).toBeNull();
    expect(job.begin(null, false, null, set)).toBeNull();
    expect(job.begin({ n: 1 }, true, { n: 1 }, set)).toBeNull();
    expect(job.begin({ n: 1 }, false, { n: 1 }, set)).toEqual({ n: 1 });
    expect(flags).toEqual([
      { error: 'Fix the highlighted fields before running.' },
      { running: true, error: null },
    ]);
    expect(sameRequest({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameRequest(null, { a: 1 })).toBe(false);
  });
});

/** Every .ts/.tsx file under `dir`, as paths relative to the project root. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name).split('\\').join('/')]
        : [],
  );
}

describe('one job pattern', () => {
  it('only the job module and the worker client create AbortControllers', () => {
    const owners = sources('src').filter((f) => readFileSync(f, 'utf8').includes('new AbortController'));
    expect(owners.filter((f) => f !== 'src/stores/job.ts' && f !== 'src/worker/client.ts')).toEqual([]);
  });

  it('stores take wire types from worker/protocol, never from worker/jobs', () => {
    const deep = sources('src/stores').filter((f) =>
      /from '[./]*worker\/jobs\//.test(readFileSync(f, 'utf8')),
    );
    expect(deep).toEqual([]);
  });

  it('the calculus race and grid: only the latest run of each lands in the store', async () => {
    const store = useCalculusStore;
    store.getState().loadView(DEFAULT_VIEW, []);
    calls.length = 0;
    store.getState().run({ play: false });
    store.getState().run({ play: false });
    expect(calls).toHaveLength(2);
    expect(calls[0].signal.aborted).toBe(true);
    calls[0].resolve(1); // too late: it was aborted
    await settle();
    expect([store.getState().running, store.getState().race]).toEqual([true, null]);
    calls[1].resolve(2);
    await settle();
    expect(store.getState().running).toBe(false);
    expect(store.getState().race?.result).toBe(2);

    // A change of settings stops the race: its late answer is dropped.
    store.getState().run({ play: false });
    store.getState().set('steps', DEFAULT_VIEW.steps + 1);
    expect(calls[2].signal.aborted).toBe(true);
    await settle();
    expect([store.getState().running, store.getState().race]).toEqual([false, null]);

    // A failed race says why; a failed grid says why and keeps no grid.
    store.getState().run({ play: false });
    calls[3].reject(new Error('worker crashed'));
    await settle();
    expect([store.getState().running, store.getState().raceError]).toEqual([false, 'worker crashed']);
    store.getState().requestGrid();
    store.getState().requestGrid(); // no grid yet: the request runs again, the first one is dropped
    expect(calls[4].signal.aborted).toBe(true);
    calls[5].reject(new Error('grid failed'));
    await settle();
    expect([store.getState().grid, store.getState().gridError]).toEqual([null, 'grid failed']);
  });
});
