/**
 * The Law of large numbers tab's state: `view` is what the user asked for (and what the URL holds);
 * `result` is what the worker computed, tagged with the request it answers. Also home of JobSlot, the
 * one-job-at-a-time runner shared by the simulation tabs' stores.
 */
import { create } from 'zustand';
import { validateParams, type DistributionName, type LlnRequest, type LlnSnapshot } from '../core';
import { computeClient, type ComputeClient } from '../worker/client';
import { isCancelled } from '../worker/errors';
import { DEFAULT_LLN_VIEW, validDraws, validRuns, type LlnView } from './llnUrl';
import { defaultParams, validSeed } from './probabilityUrl';

type Remote = Parameters<Parameters<ComputeClient['run']>[1]>[0];
type Start<R> = (api: Remote, id: number, progress: ((p: R) => void) | undefined) => Promise<R>;

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

/** The request a view asks for, or null with the reason when a field is invalid. */
export function llnRequestFor(view: LlnView): LlnRequest | null {
  if (validateParams(view.dist, view.params).length > 0) return null;
  if (validDraws(view.draws) || validRuns(view.runs) || validSeed(view.seed)) return null;
  return { dist: view.dist, params: { ...view.params }, n: view.draws, runs: view.runs, seed: view.seed };
}

export function sameRequest(a: object | null | undefined, b: object | null | undefined): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
}

export interface LlnState {
  view: LlnView;
  /** Parameters last chosen for each distribution, so switching back and forth keeps them. */
  remembered: Partial<Record<DistributionName, Record<string, number>>>;
  result: { request: LlnRequest; snapshot: LlnSnapshot } | null;
  running: boolean;
  error: string | null;
  urlNotice: string[];

  setDist(dist: DistributionName): void;
  setParam(name: string, value: number): void;
  setDraws(n: number): void;
  setRuns(n: number): void;
  setSeed(seed: number): void;
  /** Starts a run of the current view; `auto` runs (after an edit) stay silent about invalid fields. */
  run(auto?: boolean): void;
  cancel(): void;
  loadView(view: LlnView, ignored: string[]): void;
  dismissNotice(): void;
}

const slot = new JobSlot('lln');

export const useLlnStore = create<LlnState>()((set, get) => ({
  view: DEFAULT_LLN_VIEW,
  remembered: {},
  result: null,
  running: false,
  error: null,
  urlNotice: [],

  setDist(dist) {
    const { view, remembered } = get();
    const keep = { ...remembered, [view.dist]: view.params };
    set({ view: { ...view, dist, params: keep[dist] ?? defaultParams(dist) }, remembered: keep });
  },
  setParam(name, value) {
    const { view } = get();
    set({ view: { ...view, params: { ...view.params, [name]: value } } });
  },
  setDraws(draws) {
    set({ view: { ...get().view, draws } });
  },
  setRuns(runs) {
    set({ view: { ...get().view, runs } });
  },
  setSeed(seed) {
    set({ view: { ...get().view, seed } });
  },

  run(auto = false) {
    const request = llnRequestFor(get().view);
    if (!request) {
      if (!auto) set({ error: 'Fix the highlighted fields before running.' });
      return;
    }
    if (auto && slot.covers(request, get().result?.request)) return;
    set({ running: true, error: null });
    slot.run<LlnSnapshot>(
      request,
      (api, id, progress) => api.lln(id, request, progress),
      (snapshot) => set({ result: { request, snapshot } }),
      (error) => set({ running: false, error }),
    );
  },
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
}));
