/**
 * The Law of large numbers tab's state: `view` is what the user asked for (and what the URL holds);
 * `result` is what the worker computed, tagged with the request it answers.
 */
import { create } from 'zustand';
import { validateParams, type DistributionName, type LlnRequest, type LlnSnapshot } from '../../../core';
import { createJob } from '../../job';
import { simulationActions, type SimulationState } from '../../jobSlot';
import { type LlnView, llnView } from './view';
import { type RememberedParams, switchDistribution } from '../shared';
import { validSeed } from '../../view';

/** The request a view asks for, or null with the reason when a field is invalid. */
export function llnRequestFor(view: LlnView): LlnRequest | null {
  if (validateParams(view.dist, view.params).length > 0) return null;
  if (llnView.problem('draws', view.draws) || llnView.problem('runs', view.runs) || validSeed(view.seed))
    return null;
  return { dist: view.dist, params: { ...view.params }, n: view.draws, runs: view.runs, seed: view.seed };
}

export interface LlnState extends SimulationState<LlnView> {
  remembered: RememberedParams;
  result: { request: LlnRequest; snapshot: LlnSnapshot } | null;

  setDist(dist: DistributionName): void;
  setParam(name: string, value: number): void;
}

const slot = createJob('lln');

export const useLlnStore = create<LlnState>()((set, get) => ({
  view: llnView.defaults,
  remembered: {},
  result: null,
  running: false,
  error: null,
  urlNotice: [],

  setDist(dist) {
    set(switchDistribution(get().view, get().remembered, dist));
  },
  setParam(name, value) {
    const { view } = get();
    set({ view: { ...view, params: { ...view.params, [name]: value } } });
  },

  run(auto = false) {
    const request = slot.begin(llnRequestFor(get().view), auto, get().result?.request, set);
    if (!request) return;
    slot.run<LlnSnapshot>(
      request,
      (api, id, progress) => api.lln(id, request, progress),
      (snapshot) => set({ result: { request, snapshot } }),
      (error) => set({ running: false, error }),
    );
  },
  ...simulationActions<LlnView>(slot, set, get),
}));
