import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let cached: { from: unknown; list: MediaQueryList | null } | null = null;

/** One MediaQueryList for the page (it stays live), so that animation loops can ask every frame. */
function media(): MediaQueryList | null {
  const matchMedia = typeof window !== 'undefined' ? window.matchMedia : undefined;
  if (cached === null || cached.from !== matchMedia)
    cached = {
      from: matchMedia,
      list: typeof matchMedia === 'function' ? matchMedia.call(window, QUERY) : null,
    };
  return cached.list;
}

/**
 * Under reduced motion an animation shows a still picture at least this long before the next: a
 * sequence of steps instead of a glide (the duration of the whole animation stays the same).
 */
export const REDUCED_MOTION_STEP_MS = 500;

/**
 * Whether an animation loop that last updated its picture at `last` (ms, null before its first
 * update) should update at `now`: after `minGap` ms normally, after REDUCED_MOTION_STEP_MS under
 * reduced motion.
 */
export function frameDue(now: number, last: number | null, minGap = 0): boolean {
  if (last === null) return true;
  return now - last >= (prefersReducedMotion() ? REDUCED_MOTION_STEP_MS : minGap);
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
