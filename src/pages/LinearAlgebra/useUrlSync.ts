import { useUrlState, type UrlBinding } from '../../app/useUrlState';
import { decodeLinalgView, encodeLinalgView, type LinalgView } from '../../stores/linalgUrl';
import { useLinalgStore } from '../../stores/linalgStore';

const binding: UrlBinding<LinalgView> = {
  path: '/linear-algebra',
  read: () => useLinalgStore.getState().view,
  subscribe: (listener) =>
    useLinalgStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  encode: encodeLinalgView,
  decode: decodeLinalgView,
  apply: (view, ignored) => useLinalgStore.getState().loadView(view, ignored),
};

/** The linear algebra page's settings in the address bar (see useUrlState). */
export function useLinalgUrlSync(): void {
  useUrlState(binding);
}
