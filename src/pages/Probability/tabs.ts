import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type ProbabilityTabId =
  | 'distributions'
  | 'lln'
  | 'clt'
  | 'montecarlo'
  | 'bayes'
  | 'mcmc'
  | 'information'
  | 'conditional'
  | 'gaussians'
  | 'vi';

export interface ProbabilityTab {
  id: ProbabilityTabId;
  label: string;
  /** Each panel is its own chunk, loaded when its tab is first opened. */
  panel: LazyExoticComponent<ComponentType>;
}

/** The probability page's tabs in order; the first is the default (no `tab=` in the address). */
export const PROBABILITY_TABS: ProbabilityTab[] = [
  { id: 'distributions', label: 'Distributions', panel: lazy(() => import('./DistributionsTab')) },
  { id: 'lln', label: 'Law of large numbers', panel: lazy(() => import('./lln/LlnTab')) },
  { id: 'clt', label: 'Central limit theorem', panel: lazy(() => import('./clt/CltTab')) },
  { id: 'montecarlo', label: 'Monte Carlo', panel: lazy(() => import('./montecarlo/MonteCarloTab')) },
  { id: 'bayes', label: 'Bayesian updating', panel: lazy(() => import('./bayes/BayesTab')) },
  { id: 'mcmc', label: 'MCMC', panel: lazy(() => import('./mcmc/McmcTab')) },
  { id: 'information', label: 'Entropy and KL', panel: lazy(() => import('./information/InformationTab')) },
  {
    id: 'conditional',
    label: 'Conditional probability',
    panel: lazy(() => import('./conditional/ConditionalTab')),
  },
  { id: 'gaussians', label: 'Gaussians', panel: lazy(() => import('./gaussians/GaussiansTab')) },
  { id: 'vi', label: 'Variational inference', panel: lazy(() => import('./vi/ViTab')) },
];

export function tabFromQuery(tab: string | null): ProbabilityTabId {
  return PROBABILITY_TABS.find((t) => t.id === tab)?.id ?? 'distributions';
}
