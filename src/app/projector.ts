import { useSyncExternalStore } from 'react';

const KEY = 'mfml-projector';
const listeners = new Set<() => void>();
let on = readStored();

function readStored(): boolean {
  try {
    return typeof window !== 'undefined' && window.localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage disabled: projector mode still works for this visit
  }
}

function apply(): void {
  if (typeof document === 'undefined') return;
  if (on) document.documentElement.setAttribute('data-projector', '');
  else document.documentElement.removeAttribute('data-projector');
}

/** Puts the stored choice on <html> before the first render, so a projected page never flashes small. */
export function initProjector(): void {
  apply();
}

export function isProjector(): boolean {
  return on;
}

/**
 * Projector mode: `data-projector` on <html> (styled by projector.css), remembered in localStorage. Leaving it
 * also leaves full screen, which only projector mode and presenting offer.
 */
export function setProjector(next: boolean): void {
  if (next === on) return;
  on = next;
  apply();
  try {
    if (on) window.localStorage.setItem(KEY, '1');
    else window.localStorage.removeItem(KEY);
  } catch {
    /* not persisted */
  }
  if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useProjector(): boolean {
  return useSyncExternalStore(subscribe, isProjector, () => false);
}
