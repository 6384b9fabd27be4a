import { useSyncExternalStore } from 'react';

/** A hash route: `#/probability?v=1&dist=gamma` → { path: '/probability', query: URLSearchParams }. */
export interface Route {
  path: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = (q >= 0 ? raw.slice(0, q) : raw) || '/';
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  } catch {
    query = new URLSearchParams();
  }
  return { path: path.startsWith('/') ? path : '/' + path, query };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

/** The current route path; re-renders only when the path (not the query) changes. */
export function useRoutePath(): string {
  return useSyncExternalStore(
    subscribe,
    () => parseHash(window.location.hash).path,
    () => '/',
  );
}

/**
 * Replaces (during a drag) or pushes (a settled change) the query of the current page in the address bar.
 * A page writes only while the address is on it: a late write (a settle timer, a result arriving) after
 * the student has gone to another page must not pull them back.
 */
export function writeQuery(path: string, query: string, mode: 'push' | 'replace'): void {
  if (parseHash(window.location.hash).path !== path) return;
  const next = `#${path}${query ? '?' + query : ''}`;
  if (window.location.hash === next) return;
  const url = window.location.pathname + window.location.search + next;
  try {
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // Over the browser's limit on history writes (Safari throws): the next write catches up.
    return;
  }
  window.dispatchEvent(new Event(QUERY_WRITTEN));
}

/** Fired after the app itself rewrites the address (pushState fires no event of its own). */
const QUERY_WRITTEN = 'mfml:query-written';

/** One query parameter of the current address, re-rendering when it changes for any reason. */
export function useQueryParam(key: string): string | null {
  return useSyncExternalStore(
    (onChange) => {
      const off = subscribe(onChange);
      window.addEventListener(QUERY_WRITTEN, onChange);
      return () => {
        off();
        window.removeEventListener(QUERY_WRITTEN, onChange);
      };
    },
    () => parseHash(window.location.hash).query.get(key),
    () => null,
  );
}

/** Listens for back/forward and hand-edited addresses of one page. */
export function onQueryChange(path: string, handler: (query: URLSearchParams) => void): () => void {
  const listener = () => {
    const r = parseHash(window.location.hash);
    if (r.path === path) handler(r.query);
  };
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}
