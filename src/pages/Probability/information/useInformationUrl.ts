import { useUrlState, viewStoreBinding } from '../../../app/useUrlState';
import { useInformationStore } from '../../../stores/informationStore';
import {
  decodeInformationView,
  encodeInformationView,
  type InformationView,
} from '../../../stores/informationUrl';

const binding = viewStoreBinding<InformationView>(useInformationStore, {
  path: '/probability',
  key: 'probability:information',
  owns: (q) => q.get('tab') === 'information',
  encode: encodeInformationView,
  decode: decodeInformationView,
});

/** The Entropy and KL tab's settings in the address bar (see useUrlState). */
export function useInformationUrlSync(): void {
  useUrlState(binding);
}
