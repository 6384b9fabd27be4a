import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'mfml-theme';

function readChoice(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system'; // storage can be disabled (private mode, school policies)
  }
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
let followSystem: (() => void) | null = null;

/**
 * Sets `data-theme` on <html> to the theme in force, resolving "system" through the colour-scheme media
 * query (and following its changes), so that the stylesheets need one dark block each rather than a copy
 * under `@media (prefers-color-scheme: dark)` beside every `[data-theme='dark']` rule.
 */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
  if (followSystem) media?.removeEventListener('change', followSystem);
  followSystem = null;
  const resolve = () =>
    root.setAttribute('data-theme', choice !== 'system' ? choice : media?.matches ? 'dark' : 'light');
  resolve();
  if (choice === 'system' && media) {
    followSystem = resolve;
    media.addEventListener('change', resolve);
  }
}

/** Applies the stored choice before the first render, so a dark-theme visitor never sees a light flash. */
export function initTheme(): void {
  applyTheme(readChoice());
}

/** Follows the system colour scheme unless the user picked one; the choice is kept in localStorage. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  useEffect(() => {
    applyTheme(choice);
    try {
      if (choice === 'system') window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, choice);
    } catch {
      /* not persisted: the theme still applies for this visit */
    }
  }, [choice]);
  return [choice, setChoice];
}
