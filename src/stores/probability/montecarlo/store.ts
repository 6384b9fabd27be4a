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
import { createJob } from '../../job';
import { simulationActions, type SimulationState } from '../../jobSlot';
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

export interface MonteCarloState extends SimulationState<MonteCarloView> {
  result: McResult | null;
}

const slot = createJob('montecarlo');

export const useMonteCarloStore = create<MonteCarloState>()((set, get) => {
  return {
    view: monteCarloView.defaults,
    result: null,
    running: false,
    error: null,
    urlNotice: [],

    run(auto = false) {
      const request = slot.begin(mcRequestFor(get().view), auto, get().result?.request, set);
      if (!request) return;
      const end = (error: string | null) => set({ running: false, error });
      if ('source' in request) {
        slot.run<IntegralSnapshot>(
          request,
          (api, id, progress) => api.integral(id, request, progress),
          (snapshot) => set({ result: { mode: 'integral', request, snapshot } }),
          end,
        );
      } else {
        slot.run<PiSnapshot>(
          request,
          (api, id, progress) => api.pi(id, request, progress),
          (snapshot) => set({ result: { mode: 'pi', request, snapshot } }),
          end,
        );
      }
    },
    ...simulationActions<MonteCarloView>(slot, set, get),
  };
});
