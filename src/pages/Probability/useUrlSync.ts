import { useUrlState, type UrlBinding } from '../../app/useUrlState';
import { useProbabilityStore } from '../../stores/probabilityStore';
import {
  decodeProbabilityView,
  encodeProbabilityView,
  type ProbabilityView,
} from '../../stores/probabilityUrl';

const binding: UrlBinding<ProbabilityView> = {
  path: '/probability',
  key: 'probability:distributions',
  read: () => useProbabilityStore.getState().view,
  subscribe: (listener) =>
    useProbabilityStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (query) => (query.get('tab') ?? 'distributions') === 'distributions',
  encode: encodeProbabilityView,
  decode: decodeProbabilityView,
  apply: (view, ignored) => useProbabilityStore.getState().loadView(view, ignored),
};

/** The Distributions tab's settings in the address bar (see useUrlState). */
export function useProbabilityUrlSync(): void {
  useUrlState(binding);
}
