import { useUrlState, viewStoreBinding } from '../../../app/useUrlState';
import { useMonteCarloStore } from '../../../stores/monteCarloStore';
import {
  decodeMonteCarloView,
  encodeMonteCarloView,
  type MonteCarloView,
} from '../../../stores/monteCarloUrl';

const binding = viewStoreBinding<MonteCarloView>(useMonteCarloStore, {
  path: '/probability',
  key: 'probability:montecarlo',
  owns: (q) => q.get('tab') === 'montecarlo',
  encode: encodeMonteCarloView,
  decode: decodeMonteCarloView,
});

/** The Monte Carlo tab's settings in the address bar. */
export function useMcUrlSync(): void {
  useUrlState(binding);
}
