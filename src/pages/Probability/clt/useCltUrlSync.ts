import { useUrlState, viewStoreBinding } from '../../../app/useUrlState';
import { useCltStore } from '../../../stores/cltStore';
import { decodeCltView, encodeCltView, type CltView } from '../../../stores/cltUrl';

const binding = viewStoreBinding<CltView>(useCltStore, {
  path: '/probability',
  key: 'probability:clt',
  owns: (q) => q.get('tab') === 'clt',
  encode: encodeCltView,
  decode: decodeCltView,
});

/** The Central limit theorem tab's settings in the address bar. */
export function useCltUrlSync(): void {
  useUrlState(binding);
}
