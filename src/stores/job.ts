/**
 * The one job pattern of the stores: `createJob(kind)` runs at most one worker job of its kind at a time,
 * and only the latest one speaks. It owns the job's AbortController and the request being answered;
 * snapshots (progress and final) of any older job are dropped here, so a store never checks for staleness
 * itself. `sameRequest` tells whether a result answers a request.
 */
import { computeClient, type ComputeClient } from '../worker/client';
import { isCancelled } from '../worker/errors';
import type { StoreApi } from 'zustand';
import type { ViewSlice } from './viewStore';

type Remote = Parameters<Parameters<ComputeClient['run']>[1]>[0];
/** Starts the worker call: the remote API, the job id and the progress callback (when the job streams). */
export type JobStart<R> = (api: Remote, id: number, progress: ((p: R) => void) | undefined) => Promise<R>;

/**
 * The worker call of a job whose kind is the api method's name: `api[kind](id, request, progress)`; a job
 * that does not stream gets no progress callback (none is proxied to the worker).
 */
function methodCall<R>(kind: string, request: object, streams = true): JobStart<R> {
  return (api, id, progress) => {
    const methods = api as unknown as Record<string, (...a: unknown[]) => Promise<R>>;
    return streams ? methods[kind](id, request, progress) : methods[kind](id, request);
  };
}

/** The job fields every store with a job keeps. */
export interface JobFlags {
  running: boolean;
  error: string | null;
}

/** A view store whose view runs as a job: the view's slice, the job's flags, a run and its cancel. */
export interface JobViewState<V> extends ViewSlice<V>, JobFlags {
  /** Starts a run of the current view; `auto` runs (after an edit) stay silent about invalid fields. */
  run(auto?: boolean): void;
  cancel(): void;
}

export function sameRequest(a: object | null | undefined, b: object | null | undefined): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
}

export interface JobOptions {
  /** Longest silence (no snapshot, no result) before the worker is declared hung. */
  watchdogMs?: number;
}

/** The job behind createJob; a class so that a store may also write `new WorkerJob(kind)`. */
export class WorkerJob {
  private ctl: AbortController | null = null;
  /** The request of the running (or last completed) job; null after a cancel or a failure. */
  private request: object | null = null;

  constructor(
    private readonly kind: string,
    private readonly watchdogMs = 5000,
  ) {}

  /** Whether a job is running now. */
  get busy(): boolean {
    return this.ctl !== null;
  }

  /**
   * Whether an automatic run for `request` would repeat work: it is running now or finished last, or
   * (nothing running) it is what `shown` already answers, e.g. when a tab is reopened.
   */
  covers(request: object, shown: object | null | undefined): boolean {
    return sameRequest(this.request, request) || (this.ctl === null && sameRequest(shown, request));
  }

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
  ): Q | null {
    if (!request) {
      if (!auto) set({ error: 'Fix the highlighted fields before running.' });
      return null;
    }
    if (auto && this.covers(request, shown)) return null;
    set({ running: true, error: null });
    return request;
  }

  /**
   * `begin`, then `run`, for a store that shows `running` and `error`: the end clears `running` and says the
   * error. The worker call is `start` or, by default, the api method named like the job's kind.
   */
  runFlagged<Q extends object, R>(
    request: Q | null,
    auto: boolean,
    shown: object | null | undefined,
    set: (flags: Partial<JobFlags>) => void,
    onSnapshot: (s: R, final: boolean, request: Q) => void,
    start: JobStart<R> = methodCall<R>(this.kind, request ?? {}),
  ): void {
    const q = this.begin(request, auto, shown, set);
    if (!q) return;
    this.run<R>(
      q,
      start,
      (s, final) => onSnapshot(s, final, q),
      (error) => set({ running: false, error }),
    );
  }

  /**
   * Asks for the answer to `request` unless `shown` already answers it (a grid, an analysis: results
   * without progress): `onAnswer` gets the request with its result, or a failure's message.
   */
  answer<Q extends object, R>(
    request: Q,
    shown: { request: Q } | null | undefined,
    onAnswer: (answer: { request: Q; result: R } | null, error: string | null) => void,
  ): void {
    if (sameRequest(shown?.request, request)) return;
    this.run<R>(
      request,
      methodCall<R>(this.kind, request, false),
      (result, final) => {
        if (final) onAnswer({ request, result }, null);
      },
      (error) => {
        if (error) onAnswer(null, error);
      },
    );
  }

  /** Stops the running job and says that nothing runs. */
  cancel(set: (flags: Partial<JobFlags>) => void): void {
    this.stop();
    set({ running: false });
  }

  /** Stops the running job (its snapshots and end are dropped) and forgets its request. */
  stop(): void {
    this.ctl?.abort();
    this.ctl = null;
    this.request = null;
  }

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

export type Job = WorkerJob;

/**
 * The job of one kind for one store. Streaming jobs send snapshots every ~100 ms, so the default watchdog
 * (5 s of silence means the worker is gone) suits them.
 */
export function createJob(kind: string, { watchdogMs }: JobOptions = {}): Job {
  return new WorkerJob(kind, watchdogMs);
}

/** What a store whose view runs as one job shows: the latest snapshot, tagged with the request it answers. */
export interface JobStore<V, Q> extends JobViewState<V> {
  result: { request: Q } | null;
}

export interface JobSliceOptions<S, Q, R> extends JobOptions {
  /** The state a snapshot makes (default: `{ result: { request, snapshot } }`). */
  keep?(snapshot: R, final: boolean, request: Q): Partial<S>;
  /** The worker call when it is not the api method named like the kind. */
  start?(request: Q): JobStart<R>;
}

/**
 * `result`, `running`, `error`, `run(auto)` and `cancel` of a store whose view runs as one job of `kind`:
 * `run` asks the worker for `requestOf(view)` (null while a field has a problem), an automatic run repeats no
 * work already shown, and only the latest run's snapshots reach the state.
 */
export function jobSlice<V, Q extends object, R, S extends JobStore<V, Q>>(
  kind: string,
  requestOf: (view: V) => Q | null,
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
  { keep, start, watchdogMs }: JobSliceOptions<S, Q, R> = {},
): Pick<JobStore<V, Q>, 'running' | 'error' | 'run' | 'cancel'> & { result: null } {
  const job = createJob(kind, { watchdogMs });
  const flags = set as (flags: Partial<JobFlags>) => void;
  return {
    result: null,
    running: false,
    error: null,
    run(auto = false) {
      const request = requestOf(get().view);
      job.runFlagged<Q, R>(
        request,
        auto,
        get().result?.request,
        flags,
        (snapshot, final, q) =>
          set(
            keep ? keep(snapshot, final, q) : ({ result: { request: q, snapshot } } as unknown as Partial<S>),
          ),
        request && start ? start(request) : undefined,
      );
    },
    cancel: () => job.cancel(flags),
  };
}
