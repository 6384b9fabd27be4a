import { useUrlState, viewStoreBinding } from '../../../app/useUrlState';
import { useMcmcStore } from '../../../stores/mcmcStore';
import { decodeMcmcView, encodeMcmcView, type McmcView } from '../../../stores/mcmcUrl';

const binding = viewStoreBinding<McmcView>(useMcmcStore, {
  path: '/probability',
  key: 'probability:mcmc',
  owns: (q) => q.get('tab') === 'mcmc',
  encode: encodeMcmcView,
  decode: decodeMcmcView,
});

/** The MCMC tab's settings in the address bar (see useUrlState). */
export function useMcmcUrlSync(): void {
  useUrlState(binding);
}
