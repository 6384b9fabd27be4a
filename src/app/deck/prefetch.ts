import type { ComponentType, LazyExoticComponent } from 'react';
import { PAGE_CHUNKS } from '../pageChunks';
import { parseHash } from '../router';
import type { Scene } from './deckCodec';

/**
 * Loads, when a show starts, the code of every page (and tab, and 3-D scene) the deck will show, so the first
 * jump to a page not visited yet opens on the page, not on a blank "Loading…". The dynamic imports name the
 * same modules as the app's lazy routes, so the bundler gives them the same chunks.
 */
const PAGES: Record<string, () => Promise<unknown>> = {
  '/probability': () => import('../../pages/Probability'),
  '/linear-algebra': () =>
    Promise.all([import('../../pages/LinearAlgebra'), import('../../pages/LinearAlgebra/scene/SceneCanvas')]),
  '/calculus': () =>
    Promise.all([import('../../pages/Calculus'), import('../../pages/Calculus/scene/SurfaceCanvas')]),
  '/machine-learning': () => import('../../pages/MachineLearning'),
};

type Lazy = LazyExoticComponent<ComponentType> & {
  _init?: (payload: unknown) => unknown;
  _payload?: unknown;
};

/**
 * Starts a lazy component's load now, so that when it first renders it is already resolved (no fallback).
 * React's lazy loads on its first initialisation; doing that early is what `preload` does elsewhere.
 */
export function warmLazy(component: LazyExoticComponent<ComponentType>): void {
  const l = component as Lazy;
  try {
    l._init?.(l._payload);
  } catch (pending) {
    // Still loading: the thrown promise settles on its own; a failed load shows the page's own error later.
    if (pending && typeof (pending as Promise<unknown>).then === 'function')
      (pending as Promise<unknown>).then(undefined, () => undefined);
  }
}

/** The tabs' lazy panels of the pages that have tabs, warmed for the tabs the deck names. */
const TABS: Record<string, () => Promise<{ id: string; panel: LazyExoticComponent<ComponentType> }[]>> = {
  '/probability': () => import('../../pages/Probability/tabs').then((m) => m.PROBABILITY_TABS),
  '/machine-learning': () => import('../../pages/MachineLearning/tabs').then((m) => m.ML_TABS),
};

/** Which chunks a deck needs: each page path with the tabs (null: the page's first tab) its scenes show. */
export function deckChunks(scenes: Scene[]): Map<string, Set<string | null>> {
  const out = new Map<string, Set<string | null>>();
  for (const s of scenes)
    for (const hash of [s.hash, ...(s.builds ?? [])]) {
      const { path, query } = parseHash(hash);
      if (!PAGES[path]) continue;
      const tabs = out.get(path) ?? new Set<string | null>();
      tabs.add(query.get('tab'));
      out.set(path, tabs);
    }
  return out;
}

/** Starts loading everything the deck's scenes need; never throws (a failed load is retried on render). */
export function prefetchScenes(scenes: Scene[]): void {
  for (const [path, tabs] of deckChunks(scenes)) {
    PAGES[path]().catch(() => undefined);
    if (path in PAGE_CHUNKS) warmLazy(PAGE_CHUNKS[path as keyof typeof PAGE_CHUNKS]);
    TABS[path]?.()
      .then((list) => {
        for (const tab of tabs) warmLazy((list.find((t) => t.id === tab) ?? list[0]).panel);
      })
      .catch(() => undefined);
  }
}
