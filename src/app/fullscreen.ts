import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Whether the document is shown full screen (Fullscreen API), live. */
export function useIsFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => !!document.fullscreenElement,
    () => false,
  );
}

/** Whether this browser lets the page go full screen (iPhone Safari and some embeds do not). */
export function fullscreenSupported(): boolean {
  return typeof document !== 'undefined' && !!document.fullscreenEnabled;
}

/**
 * Enters or leaves full screen. Must run inside a user gesture (a click or key press); a refusal (no gesture,
 * a policy, an iframe without allowfullscreen) resolves to false instead of throwing.
 */
export async function setFullscreen(want: boolean): Promise<boolean> {
  try {
    if (want && !document.fullscreenElement) await document.documentElement.requestFullscreen();
    if (!want && document.fullscreenElement) await document.exitFullscreen();
    return true;
  } catch {
    return false;
  }
}
