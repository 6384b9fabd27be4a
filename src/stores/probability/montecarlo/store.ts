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
import { jobSlice, type JobViewState } from '../../job';
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

export const useMonteCarloStore = create<MonteCarloState>()((set, get) => ({
  ...viewSlice(monteCarloView.defaults, set, get, { load: () => ({ error: null }) }),
  // One job for π and ∫f: a run of either cancels the other.
  ...jobSlice<MonteCarloView, PiRequest | IntegralRequest, PiSnapshot | IntegralSnapshot, MonteCarloState>(
    'montecarlo',
    mcRequestFor,
    set,
    get,
    {
      keep: (snapshot, _, q) => ({
        result:
          'source' in q
            ? { mode: 'integral', request: q, snapshot: snapshot as IntegralSnapshot }
            : { mode: 'pi', request: q, snapshot: snapshot as PiSnapshot },
      }),
      start: (q) => (api, id, progress) =>
        'source' in q
          ? api.integral(id, q, progress as (s: IntegralSnapshot) => void)
          : api.pi(id, q, progress as (s: PiSnapshot) => void),
    },
  ),
}));
