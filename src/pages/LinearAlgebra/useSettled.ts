import { useEffect, useRef, useState } from 'react';

/**
 * `value` once it has stopped changing for `quietMs`, or at the latest `maxWaitMs` after the first
 * change that has not been shown yet. The KaTeX formulas use it: typesetting on every slider event
 * would compete with the scene for the main thread, so they catch up as soon as the drag pauses
 * (the numeric readouts follow every event).
 */
export function useSettled<T>(value: T, quietMs = 200, maxWaitMs = 2000): T {
  const [shown, setShown] = useState(value);
  const pendingSince = useRef<number | null>(null);
  useEffect(() => {
    if (Object.is(value, shown)) {
      pendingSince.current = null;
      return;
    }
    const now = performance.now();
    pendingSince.current ??= now;
    const wait = Math.min(quietMs, Math.max(0, pendingSince.current + maxWaitMs - now));
    const id = setTimeout(() => setShown(value), wait);
    return () => clearTimeout(id);
  }, [value, shown, quietMs, maxWaitMs]);
  return shown;
}
