import { useUrlState, type UrlBinding } from '../../app/useUrlState';
import { useCalculusStore } from '../../stores/calculusStore';
import { decodeCalculusView, encodeCalculusView, type CalculusView } from '../../stores/calculusUrl';

const binding: UrlBinding<CalculusView> = {
  path: '/calculus',
  read: () => useCalculusStore.getState().view,
  subscribe: (listener) =>
    useCalculusStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  encode: encodeCalculusView,
  decode: decodeCalculusView,
  apply: (view, ignored) => useCalculusStore.getState().loadView(view, ignored),
};

/** The calculus page's settings in the address bar (see useUrlState). */
export function useCalculusUrlSync(): void {
  useUrlState(binding);
}
