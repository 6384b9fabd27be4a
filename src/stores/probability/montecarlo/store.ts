/**
 * The Monte Carlo tab's state: the requested `view`, and the worker's result for π or for ∫f, each
 * tagged with its request.
 */
import { create } from 'zustand';
import {
  intervalProblem,
  parseFunctionOfX,
  type IntegralRequest,
  type IntegralSnapshot,
  type PiRequest,
  type PiSnapshot,
} from '../../../core';
import { createJob, type JobViewState } from '../../job';
import { viewSlice } from '../../viewStore';
import { type MonteCarloView, monteCarloView } from './view';
import { validSeed } from '../../view';

export type McResult =
  | { mode: 'pi'; request: PiRequest; snapshot: PiSnapshot }
  | { mode: 'integral'; request: IntegralRequest; snapshot: IntegralSnapshot };

export function mcRequestFor(view: MonteCarloView): PiRequest | IntegralRequest | null {
  if (monteCarloView.problem('points', view.points) || validSeed(view.seed)) return null;
  if (view.mode === 'pi') return { n: view.points, seed: view.seed };
  if (!parseFunctionOfX(view.f).ok || intervalProblem(view.a, view.b)) return null;
  return { source: view.f, a: view.a, b: view.b, n: view.points, seed: view.seed };
}

export interface MonteCarloState extends JobViewState<MonteCarloView> {
  result: McResult | null;
}

/** One job for π and ∫f: a run of either cancels the other. */
const job = createJob('montecarlo');

export const useMonteCarloStore = create<MonteCarloState>()((set, get) => ({
  ...viewSlice(monteCarloView.defaults, set, get, { load: () => ({ error: null }) }),
  result: null,
  running: false,
  error: null,
  run(auto = false) {
    const request = mcRequestFor(get().view);
    job.runFlagged(
      request,
      auto,
      get().result?.request,
      set,
      (snapshot: PiSnapshot | IntegralSnapshot, _, q) =>
        set({
          result:
            'source' in q
              ? { mode: 'integral', request: q, snapshot: snapshot as IntegralSnapshot }
              : { mode: 'pi', request: q, snapshot: snapshot as PiSnapshot },
        }),
      (api, id, progress) =>
        request && 'source' in request ? api.integral(id, request, progress) : api.pi(id, request!, progress),
    );
  },
  cancel: () => job.cancel(set),
}));
