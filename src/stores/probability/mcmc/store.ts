/**
 * The MCMC tab's state. `view` is what the user asked for (and what the URL holds); `run` is the chain the
 * worker streams back, tagged with the request it answers. Steps accumulate in a mutable ChainBuffer that
 * the canvas animation reads through a ref; React only sees the counts, at most ten times a second.
 */
import { create } from 'zustand';
import type { McmcDiagnostics, McmcRequest, TargetSpec, TraceColumns } from '../../../core';
import type { McmcResult } from '../../../worker/protocol';
import { createJob, sameRequest, type JobFlags } from '../../job';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { type McmcView, mcmcProblems, mcmcView } from './view';

/** Every step of a chain as it arrives: state after the step, the proposal, and whether it was accepted. */
export class ChainBuffer {
  xs: Float64Array;
  ys: Float64Array;
  px: Float64Array;
  py: Float64Array;
  accepted: Uint8Array;
  received = 0;

  constructor(
    readonly total: number,
    readonly start: [number, number],
  ) {
    this.xs = new Float64Array(total);
    this.ys = new Float64Array(total);
    this.px = new Float64Array(total);
    this.py = new Float64Array(total);
    this.accepted = new Uint8Array(total);
  }

  write(s: McmcResult): void {
    if (s.from === 0 && s.xs.length === this.total) {
      // The whole chain in one message (a fast run): keep the transferred arrays, no copy.
      Object.assign(this, { xs: s.xs, ys: s.ys, px: s.px, py: s.py, accepted: s.accepted });
    } else {
      this.xs.set(s.xs, s.from);
      this.ys.set(s.ys, s.from);
      this.px.set(s.px, s.from);
      this.py.set(s.py, s.from);
      this.accepted.set(s.accepted, s.from);
    }
    this.received = Math.max(this.received, s.from + s.xs.length);
  }
}

export interface McmcRunState {
  /** Increases with every Run, so that the animation knows to start over. */
  id: number;
  request: McmcRequest;
  buffer: ChainBuffer | null;
  received: number;
  total: number;
  acceptedCount: number;
  diagnostics: McmcDiagnostics | null;
  /** The traces of x and y decimated by the worker (min/max per column), latest snapshot's. */
  traceX: TraceColumns | null;
  traceY: TraceColumns | null;
  computeMs: number;
  done: boolean;
}

/**
 * `set` changes one setting: a valid change that asks for a different chain clears the drawn one (it is
 * stale); the animation speed, a typo, or a return to the drawn chain's own settings keep it.
 */
export interface McmcState extends ViewSlice<McmcView>, JobFlags {
  run: McmcRunState | null;
  start(): void;
  cancel(): void;
  reset(): void;
}

export function targetSpecOf(view: McmcView): TargetSpec {
  switch (view.target) {
    case 'gaussian':
      return { kind: 'gaussian', rho: view.rho };
    case 'custom':
      return { kind: 'custom', source: view.logp };
    default:
      return { kind: view.target };
  }
}

export function requestOf(view: McmcView): McmcRequest {
  return {
    target: targetSpecOf(view),
    algorithm: view.algorithm,
    scale: view.scale,
    stepSize: view.stepSize,
    leapfrogSteps: view.leapfrog,
    steps: view.steps,
    seed: view.seed,
  };
}

const job = createJob('mcmc', { watchdogMs: 8000 });
let runCounter = 0;
/** What a new chain (or none) clears. */
const cleared = { run: null, running: false, error: null } as const;

export const useMcmcStore = create<McmcState>()((set, get) => ({
  ...viewSlice(mcmcView.defaults, set, get, {
    change(patch) {
      const view = { ...get().view, ...patch };
      // A typo (an expression that does not parse, a blank scale) must not cost the student the chain
      // on screen: it stays, drawn from its own request, until the settings are valid again.
      const run = get().run;
      const same = run !== null && sameRequest(requestOf(view), run.request);
      if ('speed' in patch || same || Object.keys(mcmcProblems(view)).length > 0) return set({ view });
      job.stop();
      set({ view, ...cleared });
    },
    load() {
      job.stop();
      return cleared;
    },
  }),
  run: null,
  running: false,
  error: null,

  start() {
    const { view } = get();
    const request = Object.keys(mcmcProblems(view)).length > 0 ? null : requestOf(view);
    const id = ++runCounter;
    if (request)
      set({
        run: {
          id,
          request,
          buffer: null,
          received: 0,
          total: request.steps,
          acceptedCount: 0,
          diagnostics: null,
          traceX: null,
          traceY: null,
          computeMs: 0,
          done: false,
        },
      });
    job.runFlagged(request, false, null, set, (s: McmcResult, done) => {
      const run = get().run;
      if (!run || run.id !== id) return;
      const buffer = run.buffer ?? new ChainBuffer(s.total, s.start);
      buffer.write(s);
      set({
        run: {
          ...run,
          buffer,
          received: buffer.received,
          acceptedCount: s.acceptedCount,
          diagnostics: s.diagnostics ?? run.diagnostics,
          traceX: s.traceX ?? run.traceX,
          traceY: s.traceY ?? run.traceY,
          computeMs: s.computeMs,
          done,
        },
      });
    });
  },
  cancel: () => job.cancel(set),
  reset() {
    job.stop();
    set(cleared);
  },
}));
