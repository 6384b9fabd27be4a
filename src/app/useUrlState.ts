import { useEffect } from 'react';
import { onQueryChange, parseHash, writeQuery } from './router';

/** A drag would flood the history; a change becomes a history entry once it has settled for this long. */
export const SETTLE_MS = 600;

export interface UrlBinding<V> {
  /** Route path of the page, e.g. '/probability'. */
  path: string;
  /** The current view (what the user asked for) and a way to be told when it changes. */
  read(): V;
  subscribe(listener: () => void): () => void;
  encode(view: V): string;
  /** Never throws: invalid values fall back to defaults and are listed in `ignored`. */
  decode(query: URLSearchParams): { view: V; ignored: string[] };
  /** Puts a decoded view (and the notice of what was ignored) into the store. */
  apply(view: V, ignored: string[]): void;
  /** For pages with tabs: whether an address belongs to this binding (others are left alone). */
  owns?(query: URLSearchParams): boolean;
  /** For pages with tabs: a name under which the last written query is kept (see {@link lastQueryOf}). */
  key?: string;
}

/** A zustand store holding a page's (or tab's) view, with `loadView` to replace it from an address. */
export interface ViewStore<V> {
  getState(): { view: V; loadView(view: V, ignored: string[]): void };
  subscribe(listener: (state: { view: V }, prev: { view: V }) => void): () => void;
}

/**
 * The binding of a view store: reads its `view`, hears when that view object changes, and applies a
 * decoded address with `loadView`. `rest` names the route, the codec and, for tabs, `key` and `owns`.
 */
export function viewStoreBinding<V>(
  store: ViewStore<V>,
  rest: Omit<UrlBinding<V>, 'read' | 'subscribe' | 'apply'>,
): UrlBinding<V> {
  return {
    ...rest,
    read: () => store.getState().view,
    subscribe: (listener) =>
      store.subscribe((s, prev) => {
        if (s.view !== prev.view) listener();
      }),
    apply: (view, ignored) => store.getState().loadView(view, ignored),
  };
}

const lastQuery = new Map<string, string>();

/** Changes not yet settled into a history entry, by the binding that owns them. */
const pending = new Set<() => void>();

/**
 * Writes every change still waiting for its settle timer now. Called before the app leaves a page by a
 * link, so that the entry Back returns to holds the latest view, not the one before the last change.
 */
export function flushPendingUrlWrites(): void {
  for (const flush of [...pending]) flush();
}

/** Registers `flush` while a change is waiting to settle; returns the function that unregisters it. */
function holdPendingWrite(flush: () => void): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

if (typeof document !== 'undefined')
  // Capture phase: runs before the browser follows the link and changes the hash.
  document.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest('a[href^="#"]')) flushPendingUrlWrites();
    },
    true,
  );

/** The query a binding last wrote, so that returning to a tab restores its settings rather than defaults. */
export function lastQueryOf(key: string): string | undefined {
  return lastQuery.get(key);
}

/**
 * Keeps a store and the address bar in step: the address is read on arrival and on back/forward (and hand
 * edits), and every settled change of the view becomes one history entry, so a copied link reproduces the view.
 */
export function useUrlState<V>(binding: UrlBinding<V>): void {
  useEffect(() => {
    const { path, read, subscribe, encode, decode, apply, owns = () => true, key } = binding;
    const write = (query: string, mode: 'push' | 'replace') => {
      if (key) lastQuery.set(key, query);
      writeQuery(path, query, mode);
    };
    const load = (query: URLSearchParams) => {
      const { view, ignored } = decode(query);
      if (encode(view) === encode(read()) && ignored.length === 0) return;
      apply(view, ignored);
    };
    load(parseHash(window.location.hash).query);
    // Normalise a partial or corrected address without adding a history entry.
    let pushed = encode(read());
    write(pushed, 'replace');

    let settle: ReturnType<typeof setTimeout> | undefined;
    let release = () => {};
    const cancel = () => {
      clearTimeout(settle);
      release();
    };
    const unsubscribe = subscribe(() => {
      const query = encode(read());
      cancel();
      if (query === pushed) return;
      const settleNow = () => {
        cancel();
        pushed = query;
        write(query, 'push');
      };
      settle = setTimeout(settleNow, SETTLE_MS);
      release = holdPendingWrite(settleNow);
    });
    const stopListening = onQueryChange(path, (query) => {
      if (!owns(query)) return;
      cancel();
      load(query);
      pushed = encode(read());
    });
    return () => {
      cancel();
      unsubscribe();
      stopListening();
    };
    // The binding is a module-level constant per page; re-binding on every render would reload the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
