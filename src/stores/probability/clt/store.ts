/**
 * The Central limit theorem tab's state: the requested `view`, the worker's `result` tagged with its
 * request, and the skewness measured at each k already run for the current distribution, so the page
 * can show it shrinking like γ₁/√k.
 */
import { create } from 'zustand';
import {
  cltSizeProblems,
  validateParams,
  type CltRequest,
  type CltSnapshot,
  type DistributionName,
} from '../../../core';
import { createJob } from '../../job';
import { simulationActions, type SimulationState } from '../../jobSlot';
import { type CltView, cltView } from './view';
import { type RememberedParams, switchDistribution } from '../shared';
import { validSeed } from '../../view';

export interface SkewPoint {
  k: number;
  skewness: number;
  reps: number;
}

export function cltRequestFor(view: CltView): CltRequest | null {
  if (validateParams(view.dist, view.params).length > 0) return null;
  if (cltSizeProblems(view.k, view.reps).length > 0 || validSeed(view.seed)) return null;
  const { dist, k, reps, stat, seed } = view;
  return { dist, params: { ...view.params }, k, reps, stat, seed };
}

/** Which law a skewness history belongs to. */
export function lawKey(dist: DistributionName, params: Record<string, number>): string {
  return `${dist}:${JSON.stringify(params)}`;
}

export interface CltState extends SimulationState<CltView> {
  remembered: RememberedParams;
  result: { request: CltRequest; snapshot: CltSnapshot } | null;
  /** Measured skewness per k for the law `historyLaw`, sorted by k. */
  history: SkewPoint[];
  historyLaw: string;

  setDist(dist: DistributionName): void;
  setParam(name: string, value: number): void;
}

const slot = createJob('clt');

export const useCltStore = create<CltState>()((set, get) => ({
  view: cltView.defaults,
  remembered: {},
  result: null,
  history: [],
  historyLaw: '',
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
    const request = slot.begin(cltRequestFor(get().view), auto, get().result?.request, set);
    if (!request) return;
    const law = lawKey(request.dist, request.params);
    slot.run<CltSnapshot>(
      request,
      (api, id, progress) => api.clt(id, request, progress),
      (snapshot) => {
        set({ result: { request, snapshot } });
        if (snapshot.done < snapshot.total || !Number.isFinite(snapshot.skewness)) return;
        // Sum and mean share a skewness, so one history serves both.
        const { history, historyLaw } = get();
        const kept = historyLaw === law ? history.filter((p) => p.k !== request.k) : [];
        const point = { k: request.k, skewness: snapshot.skewness, reps: snapshot.done };
        set({ history: [...kept, point].sort((a, b) => a.k - b.k), historyLaw: law });
      },
      (error) => set({ running: false, error }),
    );
  },
  ...simulationActions<CltView>(slot, set, get),
}));
