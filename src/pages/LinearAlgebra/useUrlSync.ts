import { useEffect } from 'react';
import { onQueryChange, parseHash, writeQuery } from '../../app/router';
import { holdPendingWrite } from '../../app/useUrlState';
import { decodeLinalgView, encodeLinalgView } from '../../stores/linalgUrl';
import { useLinalgStore } from '../../stores/linalgStore';

const PATH = '/linear-algebra';
/** A drag would flood the history; a change becomes a history entry once it has settled for this long. */
const SETTLE_MS = 600;

/**
 * Keeps the store and the address bar in step, as on the probability page: the address is read on
 * arrival and on back/forward, and every settled change of the view becomes a history entry.
 */
export function useLinalgUrlSync(): void {
  useEffect(() => {
    const load = (query: URLSearchParams) => {
      const { view, ignored } = decodeLinalgView(query);
      const current = useLinalgStore.getState();
      if (encodeLinalgView(view) === encodeLinalgView(current.view) && ignored.length === 0) return;
      current.loadView(view, ignored);
    };
    load(parseHash(window.location.hash).query);
    writeQuery(PATH, encodeLinalgView(useLinalgStore.getState().view), 'replace');

    let settle: ReturnType<typeof setTimeout> | undefined;
    let release = () => {};
    const cancel = () => {
      clearTimeout(settle);
      release();
    };
    let pushed = encodeLinalgView(useLinalgStore.getState().view);
    const unsubscribe = useLinalgStore.subscribe((state, prev) => {
      if (state.view === prev.view) return;
      const query = encodeLinalgView(state.view);
      cancel();
      const settleNow = () => {
        cancel();
        if (query !== pushed) {
          pushed = query;
          writeQuery(PATH, query, 'push');
        }
      };
      settle = setTimeout(settleNow, SETTLE_MS);
      release = holdPendingWrite(settleNow);
    });
    const stopListening = onQueryChange(PATH, (query) => {
      cancel();
      load(query);
      pushed = encodeLinalgView(useLinalgStore.getState().view);
    });
    return () => {
      cancel();
      unsubscribe();
      stopListening();
    };
  }, []);
}
