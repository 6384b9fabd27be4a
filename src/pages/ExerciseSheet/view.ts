/**
 * The exercise sheet's view: `#/exercise-sheet?v=1&pick=calculus/gd-20-steps,…&seed=N&student=K&print=…`.
 * The picked exercises (ids `<page>/<id>` the registry knows, in order, without repeats, at most 100), the
 * seed of the numbers (0: none yet; the page then writes a fresh one), a student number (0: the class copy)
 * and what the print holds. Declared with `defineView` like every page's view; it reads the links the sheet
 * wrote before it exactly as they were read then (the URL corpus holds them).
 */
import { choice, custom, defineView, type ViewOf } from '../../stores/view';
import type { Field } from '../../stores/view/field';
import { MAX_SEED, readSeed } from '../../ui/learn/variants';
import { readPick } from './registry';

export const PRINTS = ['both', 'questions', 'answers'] as const;
export type Print = (typeof PRINTS)[number];
export const MAX_STUDENT = 9999;
const MAX_PICKS = 100;

const pick: Field<string[]> = custom({
  default: [] as string[],
  label: 'exercises',
  problem: (v) => (v.length > MAX_PICKS ? `at most ${MAX_PICKS} exercises` : null),
  read(key, ctx) {
    const text = ctx.query.get(key);
    if (text === null) return [];
    const ids = readPick(text);
    // Ids the registry does not know (or repeats) are left out, and named.
    if (ids.join(',') !== text) ctx.ignored.push(`${key}=${text}`);
    return ids;
  },
  write(q, key, value) {
    if (value.length) q.set(key, value.join(','));
  },
});

const seed: Field<number> = custom({
  default: 0,
  label: 'seed',
  min: 1,
  max: MAX_SEED,
  step: 1,
  problem: (v) => (readSeed(String(v)) === null ? `seed must be a whole number from 1 to ${MAX_SEED}` : null),
  read(key, ctx) {
    const text = ctx.query.get(key);
    if (text === null) return 0;
    const s = readSeed(text);
    if (s === null) ctx.ignored.push(`${key}=${text}`);
    return s ?? 0;
  },
  write(q, key, value) {
    if (value > 0) q.set(key, String(value));
  },
});

const student: Field<number> = custom({
  default: 0,
  label: 'student number',
  min: 0,
  max: MAX_STUDENT,
  step: 1,
  problem: (v) =>
    Number.isInteger(v) && v >= 0 && v <= MAX_STUDENT
      ? null
      : `student number must be a whole number from 0 to ${MAX_STUDENT}`,
  read(key, ctx) {
    const text = ctx.query.get(key);
    if (text === null) return 0;
    // As the sheet always read it: a number is cut to a whole one and held to 0 … 9999.
    const n = Math.min(MAX_STUDENT, Math.max(0, Math.trunc(Number(text) || 0)));
    if (String(n) !== text) ctx.ignored.push(`${key}=${text}`);
    return n;
  },
  write(q, key, value) {
    if (value > 0) q.set(key, String(value));
  },
});

const fields = {
  pick,
  seed,
  student,
  print: choice(PRINTS, { default: 'both', label: 'print', omit: (p) => p === 'both' }),
};

export const sheetView = defineView({ path: '/exercise-sheet', fields, plainCommas: true });
export type SheetView = ViewOf<typeof fields>;

/** The query of a sheet, ids written as they are (`calculus/gd-20-steps`, not `calculus%2Fgd-20-steps`). */
export function sheetQuery(view: SheetView): string {
  return sheetView.encode(view).replace(/%2F/g, '/');
}
