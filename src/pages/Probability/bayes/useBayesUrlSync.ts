import { useUrlState, type UrlBinding } from '../../../app/useUrlState';
import { useBayesStore } from '../../../stores/bayesStore';
import { decodeBayesView, encodeBayesView, type BayesView } from '../../../stores/bayesUrl';

const binding: UrlBinding<BayesView> = {
  path: '/probability',
  key: 'probability:bayes',
  read: () => useBayesStore.getState().view,
  subscribe: (listener) =>
    useBayesStore.subscribe((s, prev) => {
      if (s.view !== prev.view) listener();
    }),
  owns: (q) => q.get('tab') === 'bayes',
  encode: encodeBayesView,
  decode: decodeBayesView,
  apply: (view, ignored) => useBayesStore.getState().loadView(view, ignored),
};

/** The Bayesian updating tab's settings, including the counts of heads and tails, in the address bar. */
export function useBayesUrlSync(): void {
  useUrlState(binding);
}
