import { useUrlState, type UrlBinding } from '../../../app/useUrlState';
import { useMcmcStore } from '../../../stores/mcmcStore';
import { decodeMcmcView, encodeMcmcView, type McmcView } from '../../../stores/mcmcUrl';

const binding: UrlBinding<McmcView> = {
  path: '/probability',
  key: 'probability:mcmc',
  read: () => useMcmcStore.getState().view,
  subscribe: (listener) =>
    useMcmcStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (q) => q.get('tab') === 'mcmc',
  encode: encodeMcmcView,
  decode: decodeMcmcView,
  apply: (view, ignored) => useMcmcStore.getState().loadView(view, ignored),
};

/** The MCMC tab's settings in the address bar (see useUrlState). */
export function useMcmcUrlSync(): void {
  useUrlState(binding);
}
