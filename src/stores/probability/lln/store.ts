/**
 * The Law of large numbers tab's state: `view` is what the user asked for (and what the URL holds);
 * `result` is what the worker computed, tagged with the request it answers.
 */
import { create } from 'zustand';
import type { LlnRequest, LlnSnapshot } from '../../../core';
import { jobSlice, type JobViewState } from '../../job';
import { viewSlice } from '../../viewStore';
import { type LlnView, llnView } from './view';
import { distributionActions, type DistributionPicker } from '../shared';

/** The request a view asks for, or null when a field has a problem (the control shows it). */
export function llnRequestFor(view: LlnView): LlnRequest | null {
  if (Object.keys(llnView.problems(view)).length > 0) return null;
  return { dist: view.dist, params: { ...view.params }, n: view.draws, runs: view.runs, seed: view.seed };
}

export interface LlnState extends JobViewState<LlnView>, DistributionPicker<LlnView> {
  result: { request: LlnRequest; snapshot: LlnSnapshot } | null;
}

export const useLlnStore = create<LlnState>()((set, get) => ({
  ...viewSlice(llnView.defaults, set, get, { load: () => ({ error: null }) }),
  ...distributionActions(set, get),
  ...jobSlice<LlnView, LlnRequest, LlnSnapshot, LlnState>('lln', llnRequestFor, set, get),
  remembered: {},
}));
