import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type ProbabilityTabId =
  'distributions' | 'lln' | 'clt' | 'montecarlo' | 'bayes' | 'mcmc' | 'information';

export interface ProbabilityTab {
  id: ProbabilityTabId;
  label: string;
  /** Each panel is its own chunk, loaded when its tab is first opened. */
  panel: LazyExoticComponent<ComponentType>;
}

/** The probability page's tabs in order; the first is the default (no `tab=` in the address). */
export const PROBABILITY_TABS: ProbabilityTab[] = [
  { id: 'distributions', label: 'Distributions', panel: lazy(() => import('./DistributionsTab')) },
];

export function tabFromQuery(tab: string | null): ProbabilityTabId {
  return PROBABILITY_TABS.find((t) => t.id === tab)?.id ?? 'distributions';
}
