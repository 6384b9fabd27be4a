/**
 * The probability page's state. `view` is what the user asked for (and what the URL holds); `result` is what
 * the worker computed, tagged with the request it answers, so a stale answer can never be drawn as current.
 */
import { create } from 'zustand';
import {
  validateParams,
  type DistributionName,
  type SampleRequest,
  type SampleSnapshot,
} from '../../../core';
import { computeClient } from '../../../worker/client';
import { createJob } from '../../job';
import { type ProbabilityView, distributionsView } from './view';
import { type RememberedParams, switchDistribution } from '../shared';
import { validSeed } from '../../view';

export interface ProbabilityState {
  view: ProbabilityView;
  /** The latest valid distribution asked for: what the charts draw while a field holds an invalid value. */
  shown: { dist: DistributionName; params: Record<string, number> };
  remembered: RememberedParams;
  /** The latest snapshot of the current sampling run (progress or final); null after any parameter change. */
  result: { request: SampleRequest; snapshot: SampleSnapshot } | null;
  running: boolean;
  error: string | null;
  /** Values from a hand-edited link that were ignored, for the notice. */
  urlNotice: string[];

  setDist(dist: DistributionName): void;
  setParam(name: string, value: number): void;
  setSamples(n: number): void;
  setSeed(seed: number): void;
  /** The change-of-variables section's fields: g as typed, the samples of Y, the y its density is read at. */
  setTransform(field: 'g' | 'gn' | 'gy', value: string | number): void;
  sample(): void;
  cancel(): void;
  loadView(view: ProbabilityView, ignored: string[]): void;
  dismissNotice(): void;
  /** Starts the compute worker early (the page calls it on mount). */
  warmUp(): void;
}

// Snapshots arrive every ~100 ms, so a few seconds of silence means the worker is gone.
const job = createJob('sample', { watchdogMs: 4000 });

function shownFor(view: ProbabilityView, previous: ProbabilityState['shown']): ProbabilityState['shown'] {
  return validateParams(view.dist, view.params).length === 0
    ? { dist: view.dist, params: view.params }
    : previous;
}

function stopRun(): void {
  job.stop();
}

export const useProbabilityStore = create<ProbabilityState>()((set, get) => ({
  view: distributionsView.defaults,
  shown: { dist: distributionsView.defaults.dist, params: distributionsView.defaults.params },
  remembered: {},
  result: null,
  running: false,
  error: null,
  urlNotice: [],

  setDist(dist) {
    stopRun();
    const { view, remembered, shown } = get();
    const next = switchDistribution(view, remembered, dist);
    set({
      ...next,
      shown: shownFor(next.view, shown),
      result: null,
      running: false,
      error: null,
    });
  },

  setParam(name, value) {
    stopRun();
    const { view, shown } = get();
    const next = { ...view, params: { ...view.params, [name]: value } };
    set({ view: next, shown: shownFor(next, shown), result: null, running: false, error: null });
  },

  setSamples(samples) {
    set({ view: { ...get().view, samples } });
  },

  setSeed(seed) {
    set({ view: { ...get().view, seed } });
  },

  setTransform(field, value) {
    set({ view: { ...get().view, [field]: value } });
  },

  sample() {
    const { view } = get();
    if (
      validateParams(view.dist, view.params).length > 0 ||
      distributionsView.problem('samples', view.samples) ||
      validSeed(view.seed)
    ) {
      set({ error: 'Fix the highlighted fields before sampling.' });
      return;
    }
    const request: SampleRequest = {
      dist: view.dist,
      params: { ...view.params },
      n: view.samples,
      seed: view.seed,
    };
    set({ result: null, running: true, error: null });
    job.run<SampleSnapshot>(
      request,
      (api, id, progress) => api.sample(id, request, progress),
      (snapshot) => set({ result: { request, snapshot } }),
      (error) => set({ running: false, error }),
    );
  },

  cancel() {
    stopRun();
    set({ running: false });
  },

  loadView(view, ignored) {
    stopRun();
    set({
      view,
      shown: shownFor(view, get().shown),
      result: null,
      running: false,
      error: null,
      urlNotice: ignored,
    });
  },

  warmUp() {
    computeClient().warm();
  },

  dismissNotice() {
    set({ urlNotice: [] });
  },
}));
