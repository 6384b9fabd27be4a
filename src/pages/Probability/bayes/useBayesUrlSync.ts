import { useUrlState, viewStoreBinding } from '../../../app/useUrlState';
import { useBayesStore } from '../../../stores/bayesStore';
import { decodeBayesView, encodeBayesView, type BayesView } from '../../../stores/bayesUrl';

const binding = viewStoreBinding<BayesView>(useBayesStore, {
  path: '/probability',
  key: 'probability:bayes',
  owns: (q) => q.get('tab') === 'bayes',
  encode: encodeBayesView,
  decode: decodeBayesView,
});

/** The Bayesian updating tab's settings, including the counts of heads and tails, in the address bar. */
export function useBayesUrlSync(): void {
  useUrlState(binding);
}
