/**
 * Keeps a view store and the address bar in step. The first change after a settled one pushes a history entry
 * in the next task, and later changes of the same burst (a drag, typing) rewrite that entry (at most every REWRITE_MS,
 * the last one always), so a burst is one entry and Back returns to the view before it. A binding writes
 * only while the address belongs to it (its page and tab), so a tab left behind never pulls the student back.
 */
import { useLayoutEffect } from 'react';
import type { WriteOptions } from '../stores/view';
import { onQueryChange, parseHash, writeQuery } from './router';

/** A burst of changes ends (the next change starts a new history entry) after this long without one. */
export const SETTLE_MS = 600;
/**
 * Within a burst the address is rewritten at most this often (the last change always lands). Browsers limit
 * history writes (Safari throws after 100 in 30 s, Chromium drops them beyond about 200 in 10 s), so a drag
 * cannot rewrite it every frame; what the app itself reads (`currentViewAddress`) is always exact.
 */
export const REWRITE_MS = 250;

/** What the address binding needs of a view: its route, tab key, which addresses it owns, and its codec. */
export interface ViewCodec<V> {
  /** Route path of the page, e.g. '/probability'. */
  readonly path: string;
  /** For pages with tabs: the name under which the last written query is kept (see {@link lastQueryOf}). */
  readonly key?: string;
  /** For pages with tabs: whether an address belongs to this view (others are left alone). */
  owns?(query: URLSearchParams): boolean;
  /** `complete` also writes what the address bar leaves out (a deck scene holds the whole view). */
  encode(view: V, options?: WriteOptions): string;
  /** Never throws: invalid values fall back to defaults and are listed in `ignored`. */
  decode(query: URLSearchParams): { view: V; ignored: string[] };
}

/** A zustand store holding a page's (or tab's) view, with `loadView` to replace it from an address. */
export interface ViewStore<V> {
  getState(): { view: V; loadView(view: V, ignored: string[]): void };
  subscribe(listener: (state: { view: V }, prev: { view: V }) => void): () => void;
}

const lastQuery = new Map<string, string>();

/** The query a binding last wrote, so that returning to a tab restores its settings rather than defaults. */
export function lastQueryOf(key: string): string | undefined {
  return lastQuery.get(key);
}

/** Bursts still open, by the binding that owns them: ending one makes the next change a new entry. */
const openBursts = new Set<() => void>();

/**
 * Ends every open burst now, so that the next change is a new history entry. Called before the app leaves a
 * page by a link and on a commit (Enter, a button, a preset, Run).
 */
export function flushPendingUrlWrites(): void {
  for (const end of [...openBursts]) end();
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

/** The views on screen, each able to say its own address. */
const live = new Set<{
  path: string;
  owns(q: URLSearchParams): boolean;
  address(options?: WriteOptions): string;
}>();

/**
 * The address of the view on screen, built from its store (never read back from the address bar), for
 * "Add to deck", "Share link", exercises and cross-page links. The address bar's own text when no bound view
 * owns it (the home page). `complete` (a deck scene) includes what the address bar leaves out, such as a
 * student's points beyond the address's cap.
 */
export function currentViewAddress(options?: WriteOptions): string {
  const { path, query } = parseHash(window.location.hash || '#/');
  for (const b of live) if (b.path === path && b.owns(query)) return b.address(options);
  return window.location.hash || '#/';
}

/**
 * Binds a view store to the address: the address is read on arrival and on back/forward (and hand edits);
 * every change of the view is written at once (see the module comment).
 */
export function useViewUrl<V>(codec: ViewCodec<V>, store: ViewStore<V>): void {
  // A layout effect: the address's view is loaded before the first paint, so a page opened from a link never
  // shows (or lets a script read) the defaults for a frame before its own values.
  useLayoutEffect(() => {
    const { path, encode, decode, key } = codec;
    const owns = (q: URLSearchParams) => codec.owns?.(q) ?? true;
    const read = () => store.getState().view;
    const mine = () => {
      const r = parseHash(window.location.hash);
      return r.path === path && owns(r.query);
    };
    const write = (query: string, mode: 'push' | 'replace') => {
      if (!mine()) return;
      if (key) lastQuery.set(key, query);
      writeQuery(path, query, mode);
    };
    const load = (query: URLSearchParams) => {
      const { view, ignored } = decode(query);
      if (encode(view) === encode(read()) && ignored.length === 0) return;
      store.getState().loadView(view, ignored);
    };
    load(parseHash(window.location.hash).query);
    // Normalise a partial or corrected address without adding a history entry.
    let written = encode(read());
    write(written, 'replace');

    let settle: ReturnType<typeof setTimeout> | undefined;
    let rewrite: ReturnType<typeof setTimeout> | undefined;
    let open = false;
    let lastWrite = 0;
    let waiting: string | null = null;
    const flush = () => {
      clearTimeout(rewrite);
      rewrite = undefined;
      if (waiting !== null) write(waiting, 'replace');
      waiting = null;
      lastWrite = performance.now();
    };
    const end = () => {
      if (pending !== undefined) {
        clearTimeout(pending);
        record();
      }
      flush();
      clearTimeout(settle);
      open = false;
      openBursts.delete(end);
    };
    // The write runs in its own task right after the change (a timeout of 0): the task that changed the view
    // (a worker's result landing, a keystroke) stays as short as it was, and a burst within one task is one write.
    let pending: ReturnType<typeof setTimeout> | undefined;
    const record = () => {
      pending = undefined;
      const query = encode(read());
      if (query === written || !mine()) return;
      written = query;
      if (!open) {
        // The first change of a burst: a new history entry.
        write(query, 'push');
        lastWrite = performance.now();
        open = true;
        openBursts.add(end);
      } else {
        waiting = query;
        rewrite ??= setTimeout(flush, Math.max(0, REWRITE_MS - (performance.now() - lastWrite)));
      }
      clearTimeout(settle);
      settle = setTimeout(end, SETTLE_MS);
    };
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view === prev.view) return;
      pending ??= setTimeout(record, 0);
      // A link followed before the write runs writes it first (see flushPendingUrlWrites).
      openBursts.add(end);
    });
    const stopListening = onQueryChange(path, (query) => {
      if (!owns(query)) return;
      // The address moved (back, forward, a hand edit): it wins over a change not yet written.
      waiting = null;
      clearTimeout(pending);
      pending = undefined;
      end();
      load(query);
      // The view just loaded needs no history entry of its own; a partial or corrected address is normalised
      // in place, as on arrival.
      clearTimeout(pending);
      pending = undefined;
      openBursts.delete(end);
      written = encode(read());
      write(written, 'replace');
    });
    const me = {
      path,
      owns,
      address: (options?: WriteOptions) => `#${path}?${encode(read(), options)}`,
    };
    live.add(me);
    return () => {
      end();
      clearTimeout(pending);
      live.delete(me);
      unsubscribe();
      stopListening();
    };
    // The codec and store are module-level constants per view; re-binding on every render would reload the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
