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
import { jobSlice, type JobViewState } from '../../job';
import { viewSlice } from '../../viewStore';
import { type CltView, cltView } from './view';
import { distributionActions, type DistributionPicker } from '../shared';
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

export interface CltState extends JobViewState<CltView>, DistributionPicker<CltView> {
  result: { request: CltRequest; snapshot: CltSnapshot } | null;
  /** Measured skewness per k for the law `historyLaw`, sorted by k. */
  history: SkewPoint[];
  historyLaw: string;
}

export const useCltStore = create<CltState>()((set, get) => ({
  ...viewSlice(cltView.defaults, set, get, { load: () => ({ error: null }) }),
  ...distributionActions(set, get),
  remembered: {},
  history: [],
  historyLaw: '',
  ...jobSlice<CltView, CltRequest, CltSnapshot, CltState>('clt', cltRequestFor, set, get, {
    keep(snapshot, _, request) {
      const result = { request, snapshot };
      if (snapshot.done < snapshot.total || !Number.isFinite(snapshot.skewness)) return { result };
      // Sum and mean share a skewness, so one history serves both.
      const law = lawKey(request.dist, request.params);
      const { history, historyLaw } = get();
      const kept = historyLaw === law ? history.filter((p) => p.k !== request.k) : [];
      const point = { k: request.k, skewness: snapshot.skewness, reps: snapshot.done };
      return { result, history: [...kept, point].sort((a, b) => a.k - b.k), historyLaw: law };
    },
  }),
}));
