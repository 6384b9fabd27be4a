import { useUrlState, type UrlBinding } from '../../../app/useUrlState';
import { useCltStore } from '../../../stores/cltStore';
import { decodeCltView, encodeCltView, type CltView } from '../../../stores/cltUrl';

const binding: UrlBinding<CltView> = {
  path: '/probability',
  key: 'probability:clt',
  read: () => useCltStore.getState().view,
  subscribe: (listener) =>
    useCltStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (q) => q.get('tab') === 'clt',
  encode: encodeCltView,
  decode: decodeCltView,
  apply: (view, ignored) => useCltStore.getState().loadView(view, ignored),
};

/** The Central limit theorem tab's settings in the address bar. */
export function useCltUrlSync(): void {
  useUrlState(binding);
}
