import { useUrlState, viewStoreBinding } from '../../app/useUrlState';
import { useProbabilityStore } from '../../stores/probabilityStore';
import {
  decodeProbabilityView,
  encodeProbabilityView,
  type ProbabilityView,
} from '../../stores/probabilityUrl';

const binding = viewStoreBinding<ProbabilityView>(useProbabilityStore, {
  path: '/probability',
  key: 'probability:distributions',
  owns: (query) => (query.get('tab') ?? 'distributions') === 'distributions',
  encode: encodeProbabilityView,
  decode: decodeProbabilityView,
});

/** The Distributions tab's settings in the address bar (see useUrlState). */
export function useProbabilityUrlSync(): void {
  useUrlState(binding);
}
