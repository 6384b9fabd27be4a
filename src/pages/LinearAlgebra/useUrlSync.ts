import { useUrlState, viewStoreBinding } from '../../app/useUrlState';
import { decodeLinalgView, encodeLinalgView, type LinalgView } from '../../stores/linalgUrl';
import { useLinalgStore } from '../../stores/linalgStore';

const binding = viewStoreBinding<LinalgView>(useLinalgStore, {
  path: '/linear-algebra',
  encode: encodeLinalgView,
  decode: decodeLinalgView,
});

/** The linear algebra page's settings in the address bar (see useUrlState). */
export function useLinalgUrlSync(): void {
  useUrlState(binding);
}
