/**
 * "New numbers": seeded instances of an exercise with parameters. An instance is `exercise.variant(seed)`;
 * the seed travels in the address as `ex=<page>/<id>&ex.seed=<seed>` (keys no view uses), so a link
 * reproduces the same numbers. The page's own address binding drops keys it does not know, so the link is
 * read as the app arrives on it and on every address change, before the page rewrites its address.
 */
import { createRng } from '../../core/probability/rng';
import type { Exercise } from './types';
import { useLearnUi } from './learnUiStore';

export const EXERCISE_PARAM = 'ex';
export const SEED_PARAM = 'ex.seed';
/** Seeds are integers 1 … 2³¹ − 1 (0 and absent: the numbers as written). */
export const MAX_SEED = 2 ** 31 - 1;

export function readSeed(text: string | null | undefined): number | null {
  if (!text || !/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_SEED ? n : null;
}

/** A fresh seed for "New numbers" (1 … 999 999: short enough to read out to a class). */
export function freshSeed(previous?: number | null): number {
  for (;;) {
    const s = 1 + Math.floor(Math.random() * 999_999);
    if (s !== previous) return s;
  }
}

const instances = new WeakMap<Exercise, Map<number, Exercise>>();

/** The exercise with the numbers of `seed` (the exercise as written without a seed or without parameters). */
export function instanceOf(exercise: Exercise, seed: number | null | undefined): Exercise {
  if (!seed || !exercise.variant) return exercise;
  let bySeed = instances.get(exercise);
  if (!bySeed) instances.set(exercise, (bySeed = new Map()));
  let out = bySeed.get(seed);
  if (!out) {
    out = exercise.variant(seed);
    bySeed.set(seed, out);
  }
  return out;
}

/** Splits a hash (`#/page?query`) into its route and query. */
function splitHash(hash: string): [string, URLSearchParams] {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
  } catch {
    query = new URLSearchParams();
  }
  return [q >= 0 ? raw.slice(0, q) : raw, query];
}

/** `hash` (the page's address) with the exercise `id` (`<page>/<id>`) and its seed added. */
export function exerciseLink(hash: string, id: string, seed: number | null): string {
  const [route, query] = splitHash(hash || '#/');
  query.delete(EXERCISE_PARAM);
  query.delete(SEED_PARAM);
  // The id holds only letters, digits, '-' and one '/': readable in the link as it is.
  const own = `${EXERCISE_PARAM}=${id}${seed ? `&${SEED_PARAM}=${seed}` : ''}`;
  const rest = query.toString();
  return `#${route || '/'}?${rest ? `${rest}&` : ''}${own}`;
}

/** The exercise and seed an address names, if any. */
export function readExerciseLink(hash: string): { id: string; seed: number | null } | null {
  const [route, query] = splitHash(hash);
  const id = query.get(EXERCISE_PARAM);
  const page = route.replace(/^\//, '');
  if (!id || !/^[a-z0-9-]+\/[a-z0-9-]+$/i.test(id) || id.slice(0, id.indexOf('/')) !== page) return null;
  return { id, seed: readSeed(query.get(SEED_PARAM)) };
}

let lastApplied = '';

/** Applies an exercise link in the address: its numbers, and the Exercises panel open at it. */
export function applyExerciseLink(hash: string): void {
  const link = readExerciseLink(hash);
  if (!link) return;
  const key = `${link.id}@${link.seed ?? 0}@${hash}`;
  if (key === lastApplied) return;
  lastApplied = key;
  const ui = useLearnUi.getState();
  ui.setSeed(link.id, link.seed);
  ui.focusExercise(link.id);
}

/** Reads exercise links on arrival and on every address change (once, from the app shell). */
export function installExerciseLinks(): void {
  if (typeof window === 'undefined') return;
  applyExerciseLink(window.location.hash);
  // popstate comes first on a hash navigation, and the app renders the new page (which rewrites its
  // address) right after it: this listener, registered before the app's, reads the link before that.
  const read = () => applyExerciseLink(window.location.hash);
  window.addEventListener('popstate', read);
  window.addEventListener('hashchange', read);
}

/** Draws an exercise's givens from a seed (mixed with the exercise id, so one seed gives each exercise its own numbers). */
export interface Givens {
  /** One of `options`, uniformly. */
  pick<T>(options: readonly T[]): T;
  /** An integer in lo … hi, excluding the values in `not`. */
  int(lo: number, hi: number, not?: readonly number[]): number;
}

export function givens(seed: number, id: string): Givens {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const rng = createRng((seed ^ h) >>> 0);
  const pick = <T>(options: readonly T[]): T => options[Math.floor(rng.next() * options.length)];
  return {
    pick,
    int(lo, hi, not = []) {
      const all = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((v) => !not.includes(v));
      return pick(all);
    },
  };
}
