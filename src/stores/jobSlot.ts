/**
 * JobSlot, the one-job-at-a-time runner shared by the simulation tabs' stores (LLN, CLT, Monte Carlo), and
 * `sameRequest`, which tells whether a result answers the view on screen.
 */
import { computeClient, type ComputeClient } from '../worker/client';
import { isCancelled } from '../worker/errors';

type Remote = Parameters<Parameters<ComputeClient['run']>[1]>[0];
type Start<R> = (api: Remote, id: number, progress: ((p: R) => void) | undefined) => Promise<R>;

/** The job fields every store that uses a JobSlot keeps. */
export interface JobFlags {
  running: boolean;
  error: string | null;
}

/** What every simulation tab's store has: the requested view, the job's flags, the link notice, actions. */
export interface SimulationState<V> extends JobFlags {
  view: V;
  /** Values from a hand-edited link that were ignored, for the notice. */
  urlNotice: string[];
  /** Starts a run of the current view; `auto` runs (after an edit) stay silent about invalid fields. */
  run(auto?: boolean): void;
  cancel(): void;
  loadView(view: V, ignored: string[]): void;
  dismissNotice(): void;
}

/** cancel, loadView and dismissNotice of a simulation store whose job runs in `slot`. */
export function simulationActions<V>(
  slot: JobSlot,
  set: (patch: Partial<Omit<SimulationState<V>, 'run' | 'cancel' | 'loadView' | 'dismissNotice'>>) => void,
): Pick<SimulationState<V>, 'cancel' | 'loadView' | 'dismissNotice'> {
  return {
    cancel() {
      slot.stop();
      set({ running: false });
    },
    loadView(view, ignored) {
      set({ view, urlNotice: ignored, error: null });
    },
    dismissNotice() {
      set({ urlNotice: [] });
    },
  };
}

export function sameRequest(a: object | null | undefined, b: object | null | undefined): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Runs at most one worker job at a time for a store. Snapshots (progress and final) reach `onSnapshot`
 * only while the job is the current one; `onEnd` gets null on success or cancel, else the message.
 */
export class JobSlot {
  private ctl: AbortController | null = null;
  /** The request of the running (or last completed) job; null after a cancel. */
  private request: object | null = null;

  constructor(private readonly kind: string) {}

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

  stop(): void {
    this.ctl?.abort();
    this.ctl = null;
    this.request = null;
  }

  run<R>(
    request: object,
    start: Start<R>,
    onSnapshot: (s: R) => void,
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
          if (this.ctl === ctl) onSnapshot(s);
        },
        // Snapshots arrive every ~100 ms, so seconds of silence mean the worker is gone.
        watchdogMs: 5000,
      })
      .then(
        (final) => {
          if (this.ctl !== ctl) return;
          this.ctl = null;
          onSnapshot(final);
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
