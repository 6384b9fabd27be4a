/**
 * The Variational inference tab's state: `view` is what the student asked for (and what the address holds);
 * `result` is the fit the worker streams back (q and the ELBO along the way, then the MCMC chain beside it),
 * tagged with the request it answers so that a stale fit is never drawn as current.
 */
import { create } from 'zustand';
import type { ViRequest, ViSnapshot } from '../../../worker/protocol';
import { createJob } from '../../job';
import { viProblems, viView, type ViView } from './view';

/** The worker request of a valid view, else null. */
export function viRequestOf(view: ViView): ViRequest | null {
  if (Object.keys(viProblems(view)).length > 0) return null;
  return {
    target: view.target,
    rho: view.target === 'gaussian' ? view.rho : 0.8,
    divergence: view.divergence,
    family: view.family,
    iterations: view.iterations,
    seed: view.seed,
    mcmcSteps: view.mcmcSteps,
  };
}

export interface ViResultState {
  request: ViRequest;
  snapshot: ViSnapshot;
  /** The fit and the chain are complete. */
  done: boolean;
}

export interface ViState {
  view: ViView;
  result: ViResultState | null;
  running: boolean;
  error: string | null;
  urlNotice: string[];
  set<K extends keyof ViView>(key: K, value: ViView[K]): void;
  /** Fits the view (automatic after an edit: quiet when the view is invalid or already fitted). */
  run(auto?: boolean): void;
  cancel(): void;
  loadView(view: ViView, ignored: string[]): void;
  dismissNotice(): void;
}

const job = createJob('vi', { watchdogMs: 15_000 });

export const useViStore = create<ViState>()((set, get) => ({
  view: viView.defaults,
  result: null,
  running: false,
  error: null,
  urlNotice: [],

  set(key, value) {
    set({ view: { ...get().view, [key]: value } });
  },

  run(auto = false) {
    const request = job.begin(viRequestOf(get().view), auto, get().result?.request, set);
    if (!request) return;
    job.run<ViSnapshot>(
      request,
      (api, id, progress) => api.vi(id, request, progress),
      (snapshot, final) => set({ result: { request, snapshot, done: final } }),
      (error) => set({ running: false, error }),
    );
  },

  cancel() {
    job.stop();
    set({ running: false });
  },

  loadView(view, ignored) {
    set({ view, urlNotice: ignored });
  },

  dismissNotice() {
    set({ urlNotice: [] });
  },
}));
