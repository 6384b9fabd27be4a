import { useUrlState, type UrlBinding } from '../../../app/useUrlState';
import { useMonteCarloStore } from '../../../stores/monteCarloStore';
import {
  decodeMonteCarloView,
  encodeMonteCarloView,
  type MonteCarloView,
} from '../../../stores/monteCarloUrl';

const binding: UrlBinding<MonteCarloView> = {
  path: '/probability',
  key: 'probability:montecarlo',
  read: () => useMonteCarloStore.getState().view,
  subscribe: (listener) =>
    useMonteCarloStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (q) => q.get('tab') === 'montecarlo',
  encode: encodeMonteCarloView,
  decode: decodeMonteCarloView,
  apply: (view, ignored) => useMonteCarloStore.getState().loadView(view, ignored),
};

/** The Monte Carlo tab's settings in the address bar. */
export function useMcUrlSync(): void {
  useUrlState(binding);
}
