import { useEffect } from 'react';
import { onQueryChange, parseHash, writeQuery } from '../../app/router';
import { decodeProbabilityView, encodeProbabilityView } from '../../stores/probabilityUrl';
import { useProbabilityStore } from '../../stores/probabilityStore';

const PATH = '/probability';
/** A drag would flood the history; a change becomes a history entry once it has settled for this long. */
const SETTLE_MS = 600;

/**
 * Keeps the store and the address bar in step: the address is read on arrival and on back/forward, and
 * every settled change of the view becomes a history entry, so a copied link reproduces the view.
 */
export function useProbabilityUrlSync(): void {
  useEffect(() => {
    const load = (query: URLSearchParams) => {
      const { view, ignored } = decodeProbabilityView(query);
      const current = useProbabilityStore.getState();
      if (encodeProbabilityView(view) === encodeProbabilityView(current.view) && ignored.length === 0) return;
      current.loadView(view, ignored);
    };
    load(parseHash(window.location.hash).query);
    // Normalise a partial or corrected address without adding a history entry.
    writeQuery(PATH, encodeProbabilityView(useProbabilityStore.getState().view), 'replace');

    let settle: ReturnType<typeof setTimeout> | undefined;
    let pushed = encodeProbabilityView(useProbabilityStore.getState().view);
    const unsubscribe = useProbabilityStore.subscribe((state, prev) => {
      if (state.view === prev.view) return;
      const query = encodeProbabilityView(state.view);
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (query !== pushed) {
          pushed = query;
          writeQuery(PATH, query, 'push');
        }
      }, SETTLE_MS);
    });
    const stopListening = onQueryChange(PATH, (query) => {
      clearTimeout(settle);
      load(query);
      pushed = encodeProbabilityView(useProbabilityStore.getState().view);
    });
    return () => {
      clearTimeout(settle);
      unsubscribe();
      stopListening();
    };
  }, []);
}
