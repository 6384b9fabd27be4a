/**
 * The one job pattern of the stores: `createJob(kind)` runs at most one worker job of its kind at a time,
 * and only the latest one speaks. It owns the job's AbortController and the request being answered;
 * snapshots (progress and final) of any older job are dropped here, so a store never checks for staleness
 * itself. `sameRequest` tells whether a result answers a request.
 */
import { computeClient, type ComputeClient } from '../worker/client';
import { isCancelled } from '../worker/errors';

type Remote = Parameters<Parameters<ComputeClient['run']>[1]>[0];
/** Starts the worker call: the remote API, the job id and the progress callback (when the job streams). */
export type JobStart<R> = (api: Remote, id: number, progress: ((p: R) => void) | undefined) => Promise<R>;

/** The job fields every store with a job keeps. */
export interface JobFlags {
  running: boolean;
  error: string | null;
}

export function sameRequest(a: object | null | undefined, b: object | null | undefined): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
}

export interface JobOptions {
  /** Longest silence (no snapshot, no result) before the worker is declared hung. */
  watchdogMs?: number;
}

export interface Job {
  /** Whether a job is running now. */
  readonly busy: boolean;
  /**
   * Whether an automatic run for `request` would repeat work: it is running now or finished last, or
   * (nothing running) it is what `shown` already answers, e.g. when a tab is reopened.
   */
  covers(request: object, shown: object | null | undefined): boolean;
  /**
   * The common start of a store's run(): null when the view gave no request (saying so unless the run is
   * automatic, i.e. after an edit) or when an automatic run would repeat work; else `request`, with the
   * store marked running.
   */
  begin<Q extends object>(
    request: Q | null,
    auto: boolean,
    shown: object | null | undefined,
    set: (flags: Partial<JobFlags>) => void,
  ): Q | null;
  /**
   * Runs `request`, stopping the job before it. Snapshots (progress, then the result with `final` true)
   * reach `onSnapshot` only while this job is the latest; then `onEnd` gets null on success or cancel, else
   * the message (nothing when a newer job took over).
   */
  run<R>(
    request: object,
    start: JobStart<R>,
    onSnapshot: (s: R, final: boolean) => void,
    onEnd: (error: string | null) => void,
  ): void;
  /** Stops the running job (its snapshots and end are dropped) and forgets its request. */
  stop(): void;
}

/** The job behind createJob; a class so that a store may also write `new WorkerJob(kind)`. */
export class WorkerJob implements Job {
  private ctl: AbortController | null = null;
  /** The request of the running (or last completed) job; null after a cancel or a failure. */
  private request: object | null = null;

  constructor(
    private readonly kind: string,
    private readonly watchdogMs = 5000,
  ) {}

  get busy(): boolean {
    return this.ctl !== null;
  }

  covers(request: object, shown: object | null | undefined): boolean {
    return sameRequest(this.request, request) || (this.ctl === null && sameRequest(shown, request));
  }

  begin<Q extends object>(
    request: Q | null,
    auto: boolean,
    shown: object | null | undefined,
    set: (flags: Partial<JobFlags>) => void,
  ): Q | null {
    if (!request) {
      if (!auto) set({ error: 'Fix the highlighted fields before running.' });
      return null;
    }
    if (auto && this.covers(request, shown)) return null;
    set({ running: true, error: null });
    return request;
  }

  stop(): void {
    this.ctl?.abort();
    this.ctl = null;
    this.request = null;
  }

  run<R>(
    request: object,
    start: JobStart<R>,
    onSnapshot: (s: R, final: boolean) => void,
    onEnd: (error: string | null) => void,
  ): void {
    this.stop();
    const ctl = new AbortController();
    this.ctl = ctl;
    this.request = request;
    computeClient()
      .run<R, R>(this.kind, start, {
        signal: ctl.signal,
        onProgress: (s) => {
          if (this.ctl === ctl) onSnapshot(s, false);
        },
        watchdogMs: this.watchdogMs,
      })
      .then(
        (final) => {
          if (this.ctl !== ctl) return;
          this.ctl = null;
          onSnapshot(final, true);
          onEnd(null);
        },
        (e: unknown) => {
          if (this.ctl !== ctl) return;
          this.ctl = null;
          // A failed request is not "covered": the same settings may be retried.
          this.request = null;
          onEnd(isCancelled(e) ? null : (e as Error).message);
        },
      );
  }
}

/**
 * The job of one kind for one store. Streaming jobs send snapshots every ~100 ms, so the default watchdog
 * (5 s of silence means the worker is gone) suits them.
 */
export function createJob(kind: string, { watchdogMs }: JobOptions = {}): Job {
  return new WorkerJob(kind, watchdogMs);
}
