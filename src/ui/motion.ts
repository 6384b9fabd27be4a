import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const mq = media();
  if (!mq) return () => undefined;
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** Whether the user asked the system for less motion right now (follows changes while the page is open). */
export function prefersReducedMotion(): boolean {
  return media()?.matches ?? false;
}

/**
 * The user's `prefers-reduced-motion` setting, live. Pages turn animations into steps when it is true: jump
 * to the end state (or advance one step per click) instead of interpolating frame by frame, e.g.
 * `const steps = usePrefersReducedMotion(); if (steps) showFrame(t1); else animate(t0, t1);`.
 */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
