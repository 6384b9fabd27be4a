import { useEffect, useState } from 'react';
import { useNnStore } from '../../../../stores/ml/nn/store';
import type { Snapshot } from './model';

/**
 * The store's snapshot, at most once per `ms`: the worker sends 25 a second, and the diagram (hundreds of
 * thumbnails and thousands of edges) needs no more than 5. The last snapshot always lands.
 */
export function useThrottledSnapshot(ms = 200): Snapshot | null {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(() => useNnStore.getState().snapshot);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const take = () => {
      timer = null;
      last = performance.now();
      setSnapshot(useNnStore.getState().snapshot);
    };
    const unsubscribe = useNnStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot || timer !== null) return;
      const wait = last + ms - performance.now();
      if (wait <= 0) take();
      else timer = setTimeout(take, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [ms]);
  return snapshot;
}
