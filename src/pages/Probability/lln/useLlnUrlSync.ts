import { useUrlState, type UrlBinding } from '../../../app/useUrlState';
import { useLlnStore } from '../../../stores/llnStore';
import { decodeLlnView, encodeLlnView, type LlnView } from '../../../stores/llnUrl';

const binding: UrlBinding<LlnView> = {
  path: '/probability',
  key: 'probability:lln',
  read: () => useLlnStore.getState().view,
  subscribe: (listener) =>
    useLlnStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (q) => q.get('tab') === 'lln',
  encode: encodeLlnView,
  decode: decodeLlnView,
  apply: (view, ignored) => useLlnStore.getState().loadView(view, ignored),
};

/** The Law of large numbers tab's settings in the address bar. */
export function useLlnUrlSync(): void {
  useUrlState(binding);
}
