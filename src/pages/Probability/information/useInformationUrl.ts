import { useUrlState, type UrlBinding } from '../../../app/useUrlState';
import { useInformationStore } from '../../../stores/informationStore';
import {
  decodeInformationView,
  encodeInformationView,
  type InformationView,
} from '../../../stores/informationUrl';

const binding: UrlBinding<InformationView> = {
  path: '/probability',
  key: 'probability:information',
  read: () => useInformationStore.getState().view,
  subscribe: (listener) =>
    useInformationStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (q) => q.get('tab') === 'information',
  encode: encodeInformationView,
  decode: decodeInformationView,
  apply: (view, ignored) => useInformationStore.getState().loadView(view, ignored),
};

/** The Entropy and KL tab's settings in the address bar (see useUrlState). */
export function useInformationUrlSync(): void {
  useUrlState(binding);
}
