/**
 * Values read from the page's computed style (CSS variables, the root font size), cached until the theme,
 * the projector palette or the system colour scheme changes. Reading computed style right after React has
 * changed the DOM forces a style recalculation inside the caller's task; a heat map painted 25 times a
 * second did that on every picture (measured: a third of the Neural network tab's main-thread time).
 */

let schemeChanges = -1;

/**
 * What the cached values depend on: the root's theme and projector attributes, and how many times the system
 * colour scheme has changed (counted by an event listener: reading `matchMedia(…).matches` forces a style
 * update, the very cost this cache avoids).
 */
function themeKey(): string {
  if (typeof document === 'undefined') return '';
  if (schemeChanges < 0) {
    schemeChanges = 0;
    if (typeof window.matchMedia === 'function')
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', () => schemeChanges++);
  }
  const root = document.documentElement;
  return `${root.getAttribute('data-theme')}|${root.getAttribute('data-projector')}|${schemeChanges}`;
}

/** `read`, called again only when the theme key has changed since its last call. */
export function themeCached<T>(read: () => T): () => T {
  let key: string | null = null;
  let value: T;
  return () => {
    const k = themeKey();
    if (k !== key) {
      value = read();
      key = k;
    }
    return value;
  };
}
