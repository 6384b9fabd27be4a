/**
 * The Variational inference tab's state: `view` is what the student asked for (and what the address holds);
 * `result` is the fit the worker streams back (q and the ELBO along the way, then the MCMC chain beside it),
 * tagged with the request it answers so that a stale fit is never drawn as current.
 */
import { create } from 'zustand';
import type { ViRequest, ViSnapshot } from '../../../worker/protocol';
import { jobSlice, type JobViewState } from '../../job';
import { viewSlice } from '../../viewStore';
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

/** `run` fits the view (automatic after an edit: quiet when the view is invalid or already fitted). */
export interface ViState extends JobViewState<ViView> {
  result: ViResultState | null;
}

export const useViStore = create<ViState>()((set, get) => ({
  ...viewSlice(viView.defaults, set, get),
  ...jobSlice<ViView, ViRequest, ViSnapshot, ViState>('vi', viRequestOf, set, get, {
    watchdogMs: 15_000,
    keep: (snapshot, done, request) => ({ result: { request, snapshot, done } }),
  }),
}));
