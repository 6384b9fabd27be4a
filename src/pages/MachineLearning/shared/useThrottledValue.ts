import { useEffect, useState } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';

/**
 * A store's value, re-read at most once per `ms` and always in a task of its own: the worker sends 25
 * snapshots a second, and a chart that redraws its axes and paths needs far fewer. The last value always
 * lands (a trailing read follows the last change).
 */
export function useThrottledValue<S, T>(
  store: UseBoundStore<StoreApi<S>>,
  select: (s: S) => T,
  ms: number,
): T {
  const [value, setValue] = useState<T>(() => select(store.getState()));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const take = () => {
      timer = null;
      last = performance.now();
      setValue(select(store.getState()));
    };
    // A change since the first render is picked up at once.
    if (select(store.getState()) !== value) take();
    const unsubscribe = store.subscribe((s, prev) => {
      if (select(s) === select(prev) || timer !== null) return;
      // Never inside the task that delivered the change: its own render would add to that task.
      timer = setTimeout(take, Math.max(0, last + ms - performance.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
    // `select` is expected to be stable (a module-level function); `value` is only the first render's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return value;
}
