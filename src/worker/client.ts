/**
 * The page's one door to the compute worker, and the only file that calls `Comlink.wrap`.
 *
 * - Every job has an id. An `AbortSignal` cannot cross to a worker, so aborting sends `cancel(id)`,
 *   which the worker checks between chunks; the caller's promise rejects at once with JobCancelledError.
 * - A newer job of the same kind cancels the older one, so a page never draws a stale result.
 * - If the worker dies (an `error` event) or a job outlives its watchdog (no answer and no progress for
 *   `watchdogMs`), the worker is replaced, pending jobs reject with WorkerCrashedError, and the next
 *   job runs on the fresh worker.
 */
import * as Comlink from 'comlink';
import type { WorkerApi } from './api';
import { JobCancelledError, WorkerCrashedError } from './errors';

export interface JobOptions<P> {
  signal?: AbortSignal;
  onProgress?: (progress: P) => void;
  /** Longest silence (no result, no progress) before the worker is declared hung. */
  watchdogMs?: number;
}

interface Pending {
  id: number;
  kind: string;
  reject: (e: Error) => void;
}

type Remote = Comlink.Remote<WorkerApi>;

export class ComputeClient {
  private worker: Worker | null = null;
  private remote: Remote | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private latestByKind = new Map<string, number>();
  /** How many workers have been started; tests read it to prove a restart happened. */
  generation = 0;

  constructor(private readonly create: () => Worker) {}

  /** Starts the worker ahead of the first job, so that a page's first request does not pay for the start. */
  warm(): void {
    try {
      this.ensure();
    } catch {
      // No worker support (or a blocked script): the first real job reports it where the user looks.
    }
  }

  private ensure(): Remote {
    if (!this.remote) {
      const w = this.create();
      w.addEventListener('error', (e) => {
        e.preventDefault();
        this.crash(
          `The computation worker crashed (${e.message || 'unknown error'}) and was restarted. Try again.`,
        );
      });
      this.worker = w;
      this.remote = Comlink.wrap<WorkerApi>(w);
      this.generation++;
    }
    return this.remote;
  }

  private crash(message: string): void {
    const dead = this.worker;
    this.worker = null;
    this.remote = null;
    dead?.terminate();
    const jobs = [...this.pending.values()];
    this.pending.clear();
    for (const job of jobs) job.reject(new WorkerCrashedError(message));
  }

  /**
   * Runs one job of `kind` on the worker. `start` receives the remote API, the job id and a proxied
   * progress callback (or undefined), and returns the worker call's promise.
   */
  run<T, P = never>(
    kind: string,
    start: (api: Remote, jobId: number, progress: ((p: P) => void) | undefined) => Promise<T>,
    { signal, onProgress, watchdogMs = 15_000 }: JobOptions<P> = {},
  ): Promise<T> {
    const older = this.latestByKind.get(kind);
    if (older !== undefined) this.cancel(older);
    const id = this.nextId++;
    this.latestByKind.set(kind, id);
    if (signal?.aborted) return Promise.reject(new JobCancelledError());

    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.pending.delete(id);
        if (this.latestByKind.get(kind) === id) this.latestByKind.delete(kind);
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (this.pending.has(id))
            this.crash('The computation worker stopped responding and was restarted. Try again.');
        }, watchdogMs);
      };
      const onAbort = () => this.cancel(id);
      this.pending.set(id, {
        id,
        kind,
        reject: (e) => {
          cleanup();
          reject(e);
        },
      });
      signal?.addEventListener('abort', onAbort);
      arm();

      const remote = this.ensure();
      const progress = onProgress
        ? Comlink.proxy((p: P) => {
            if (!this.pending.has(id)) return; // a late message of a cancelled job
            arm();
            onProgress(p);
          })
        : undefined;
      start(remote, id, progress).then(
        (value) => {
          if (!this.pending.has(id)) return;
          cleanup();
          resolve(value);
        },
        (err: unknown) => {
          if (!this.pending.has(id)) return;
          cleanup();
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  }

  /** Cancels a job: its promise rejects now, and the worker stops it at its next chunk boundary. */
  cancel(id: number): void {
    const job = this.pending.get(id);
    if (!job) return;
    job.reject(new JobCancelledError());
    void this.remote?.cancel(id).catch(() => undefined);
  }

  /** Test hook: kills the worker without telling anyone, as a crash would; the watchdog must notice. */
  terminateForTests(): void {
    this.worker?.terminate();
  }

  /** Number of jobs in flight (bounded: at most one per kind). */
  get liveJobs(): number {
    return this.pending.size;
  }
}

let shared: ComputeClient | null = null;

/** The app's single worker client, created on first use so pages without computation never start a worker. */
export function computeClient(): ComputeClient {
  if (!shared) {
    shared = new ComputeClient(() => new Worker(new URL('./api.ts', import.meta.url), { type: 'module' }));
    // The test hook exists only in the build the e2e suite makes (`vite build --mode test`) and under Vitest.
    if (typeof window !== 'undefined' && import.meta.env.MODE === 'test') {
      (window as unknown as { __playground?: object }).__playground = {
        terminateWorker: () => shared?.terminateForTests(),
        workerGeneration: () => shared?.generation ?? 0,
        liveJobs: () => shared?.liveJobs ?? 0,
      };
    }
  }
  return shared;
}

/** The worker's job methods: those taking (jobId, request, onProgress?). */
type JobMethods = {
  [
    K in keyof WorkerApi as WorkerApi[K] extends (
      jobId: number,
      req: never,
      ...rest: never[]
    ) => Promise<unknown>
      ? K
      : never
  ]: WorkerApi[K];
};
type RequestOf<F> = F extends (jobId: number, req: infer Q, ...rest: never[]) => unknown ? Q : never;
type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;
type ProgressOf<F> = F extends (jobId: number, req: never, onProgress?: (p: infer P) => void) => unknown
  ? P
  : never;

/**
 * Typed job methods made from the worker's api: `compute.optimize(request, { signal, onProgress })` runs the
 * api's `optimize` as a job whose kind is the method name (a newer one cancels the older). Every call takes a
 * signal; the client sends `cancel(id)` when it aborts.
 */
export type Compute = {
  [K in keyof JobMethods]: (
    request: RequestOf<JobMethods[K]>,
    options: JobOptions<ProgressOf<JobMethods[K]>> & { signal: AbortSignal },
  ) => Promise<ResultOf<JobMethods[K]>>;
};

export const compute: Compute = new Proxy({} as Compute, {
  get(_target, method: string) {
    return (request: unknown, options: JobOptions<unknown> & { signal: AbortSignal }) =>
      computeClient().run(
        method,
        (api, id, progress) =>
          (api as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](
            id,
            request,
            progress,
          ),
        options,
      );
  },
});
