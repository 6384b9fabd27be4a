import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type MlTabId = 'nn' | 'regression' | 'pca' | 'deep';

export interface MlTab {
  id: MlTabId;
  label: string;
  /** Each panel is its own chunk, loaded when its tab is first opened. */
  panel: LazyExoticComponent<ComponentType>;
}

/**
 * The Machine learning page's tabs in order; the first is the default. Regression, PCA and clustering, and
 * Deep learning join here as they are built, each declared through the view schema like this one.
 */
export const ML_TABS: MlTab[] = [
  { id: 'nn', label: 'Neural network', panel: lazy(() => import('./nn/NnTab')) },
  { id: 'regression', label: 'Regression', panel: lazy(() => import('./regression/RegressionTab')) },
  { id: 'pca', label: 'PCA and clustering', panel: lazy(() => import('./pca/PcaTab')) },
  { id: 'deep', label: 'Deep learning', panel: lazy(() => import('./deep/DeepTab')) },
];

export function mlTabFromQuery(tab: string | null): MlTabId {
  return ML_TABS.find((t) => t.id === tab)?.id ?? 'nn';
}
