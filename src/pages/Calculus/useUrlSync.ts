import { useUrlState, viewStoreBinding } from '../../app/useUrlState';
import { useCalculusStore } from '../../stores/calculusStore';
import { decodeCalculusView, encodeCalculusView, type CalculusView } from '../../stores/calculusUrl';

const binding = viewStoreBinding<CalculusView>(useCalculusStore, {
  path: '/calculus',
  encode: encodeCalculusView,
  decode: decodeCalculusView,
});

/** The calculus page's settings in the address bar (see useUrlState). */
export function useCalculusUrlSync(): void {
  useUrlState(binding);
}
