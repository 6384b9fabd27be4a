/**
 * The Bayesian updating tab's state. Everything is cheap to compute, so there is no worker job: the
 * view (prior, counts, coin, screening test) is the whole state, and it all lives in the URL.
 */
import { create } from 'zustand';
import { flipBatch } from '../../../core';
import { viewSlice, type ViewSlice } from '../../viewStore';
import { type BayesView, MAX_COUNT, bayesView } from './view';

/** `set` keeps a number as typed (an invalid one is flagged inline) and clears the error. */
export interface BayesState extends ViewSlice<BayesView> {
  /** The most recent outcomes (1 = heads), newest last, for the strip beside the buttons; not in the URL. */
  recent: number[];
  error: string | null;
  /** Records one observed toss. */
  observe(heads: boolean): void;
  /** Tosses a batch from the true p and records it. */
  flip(): void;
  /** Clears the observations (the prior stays). */
  reset(): void;
}

const RECENT = 40;

export const useBayesStore = create<BayesState>()((set, get) => ({
  ...viewSlice(bayesView.defaults, set, get, {
    change: (patch) => set({ view: { ...get().view, ...patch }, error: null }),
    // Outcomes shown in the strip no longer match counts that came from elsewhere.
    load: (view) => {
      const old = get().view;
      const sameCounts = old.heads === view.heads && old.tails === view.tails;
      return { error: null, recent: sameCounts ? get().recent : [] };
    },
  }),
  recent: [],
  error: null,
  observe(heads) {
    const { view, recent } = get();
    if (view.heads + view.tails >= MAX_COUNT) return set({ error: 'At most 10^9 tosses can be recorded.' });
    set({
      view: { ...view, heads: view.heads + (heads ? 1 : 0), tails: view.tails + (heads ? 0 : 1) },
      recent: [...recent, heads ? 1 : 0].slice(-RECENT),
      error: null,
    });
  },
  flip() {
    const { view, recent } = get();
    const bad = (['p', 'batch', 'seed'] as const).map((f) => bayesView.problem(f, view[f])).find(Boolean);
    if (bad) return set({ error: `Cannot flip: ${bad}.` });
    if (view.heads + view.tails + view.batch > MAX_COUNT)
      return set({ error: 'At most 10^9 tosses can be recorded.' });
    const b = flipBatch(view.seed, view.heads + view.tails, view.p, view.batch);
    const tail = Array.from(b.outcomes.subarray(Math.max(0, b.outcomes.length - RECENT)));
    set({
      view: { ...view, heads: view.heads + b.heads, tails: view.tails + b.tails },
      recent: [...recent, ...tail].slice(-RECENT),
      error: null,
    });
  },
  reset() {
    set({ view: { ...get().view, heads: 0, tails: 0 }, recent: [], error: null });
  },
}));
