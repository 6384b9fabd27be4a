/** What the probability tabs share: the distribution picker's field pair and its memory of parameters. */
import type { StoreApi } from 'zustand';
import { DISTRIBUTION_NAMES, type DistributionName } from '../../core';
import { choice, defaultParams, distributionParams } from '../view';

/** `dist` and `params` fields for a tab whose distribution starts as `dist`. */
export function distributionFields(dist: DistributionName, perParameter = false) {
  return {
    dist: choice(DISTRIBUTION_NAMES, { default: dist, label: 'distribution' }),
    params: distributionParams({ distField: 'dist', default: dist, perParameter }),
  };
}

/** Parameters last chosen for each distribution, so switching back and forth keeps them. */
export type RememberedParams = Partial<Record<DistributionName, Record<string, number>>>;

/**
 * `view` switched to `dist`: the current family's parameters are remembered, and `dist` gets the ones it
 * had last (or its defaults).
 */
export function switchDistribution<V extends { dist: DistributionName; params: Record<string, number> }>(
  view: V,
  remembered: RememberedParams,
  dist: DistributionName,
): { view: V; remembered: RememberedParams } {
  const keep = { ...remembered, [view.dist]: view.params };
  return { view: { ...view, dist, params: keep[dist] ?? defaultParams(dist) }, remembered: keep };
}

/** The state of a tab with a distribution picker. */
export interface DistributionPicker<V extends { dist: DistributionName; params: Record<string, number> }> {
  view: V;
  remembered: RememberedParams;
  setDist(dist: DistributionName): void;
  setParam(name: string, value: number): void;
}

/** `setDist` (switching keeps each family's parameters) and `setParam` (one parameter as typed). */
export function distributionActions<
  V extends { dist: DistributionName; params: Record<string, number> },
  S extends DistributionPicker<V>,
>(set: StoreApi<S>['setState'], get: StoreApi<S>['getState']): Pick<S, 'setDist' | 'setParam'> {
  return {
    setDist(dist) {
      set(switchDistribution(get().view, get().remembered, dist) as Partial<S>);
    },
    setParam(name, value) {
      const { view } = get();
      set({ view: { ...view, params: { ...view.params, [name]: value } } } as Partial<S>);
    },
  } as Pick<S, 'setDist' | 'setParam'>;
}
