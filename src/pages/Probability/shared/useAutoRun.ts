import { useEffect } from 'react';

/** Quiet time after an edit before a new run starts, so a slider drag starts one run, not fifty. */
const DEBOUNCE_MS = 250;

/**
 * Starts a run whenever the requested view changes (and when the tab opens), after a short pause; the
 * tab's job is cancelled when it closes. A newer run cancels the older one in the worker client.
 */
export function useAutoRun(view: unknown, run: (auto: boolean) => void, cancel: () => void): void {
  useEffect(() => {
    const t = setTimeout(() => run(true), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [view, run]);
  useEffect(() => cancel, [cancel]);
}
