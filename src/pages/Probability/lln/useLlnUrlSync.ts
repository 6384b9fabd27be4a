import { useUrlState, viewStoreBinding } from '../../../app/useUrlState';
import { useLlnStore } from '../../../stores/llnStore';
import { decodeLlnView, encodeLlnView, type LlnView } from '../../../stores/llnUrl';

const binding = viewStoreBinding<LlnView>(useLlnStore, {
  path: '/probability',
  key: 'probability:lln',
  owns: (q) => q.get('tab') === 'lln',
  encode: encodeLlnView,
  decode: decodeLlnView,
});

/** The Law of large numbers tab's settings in the address bar. */
export function useLlnUrlSync(): void {
  useUrlState(binding);
}
