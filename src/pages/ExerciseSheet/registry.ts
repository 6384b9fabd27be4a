/**
 * Every page's exercises in one list, for the teacher's exercise sheet: ids are `<page>/<id>` as in the
 * student's progress. The Machine learning page's tabs share one page id (their exercise ids are unique).
 */
import { LEARNING_PATHS } from '../../app/learningPaths';
import type { Exercise } from '../../ui/learn/types';
import { instanceOf, MAX_SEED } from '../../ui/learn/variants';
import { CALCULUS_EXERCISES } from '../Calculus/learn/exercises';
import { LINALG_EXERCISES } from '../LinearAlgebra/learn/exercises';
import { ML_LEARN } from '../MachineLearning/learn/tabLearn';
import { PROBABILITY_EXERCISES } from '../Probability/learn/exercises';

export interface SheetPage {
  page: string;
  label: string;
  exercises: readonly Exercise[];
}

export const SHEET_PAGES: readonly SheetPage[] = [
  { page: 'linear-algebra', label: 'Linear algebra', exercises: LINALG_EXERCISES },
  { page: 'calculus', label: 'Calculus', exercises: CALCULUS_EXERCISES },
  { page: 'probability', label: 'Probability', exercises: PROBABILITY_EXERCISES },
  {
    page: 'machine-learning',
    label: 'Machine learning',
    exercises: Object.values(ML_LEARN).flatMap((l) => l?.exercises ?? []),
  },
];

const BY_ID = new Map<string, { page: SheetPage; exercise: Exercise }>(
  SHEET_PAGES.flatMap((p) =>
    p.exercises.map((e) => [`${p.page}/${e.id}`, { page: p, exercise: e }] as const),
  ),
);

export function sheetExercise(id: string) {
  return BY_ID.get(id);
}

/** The known ids of a `pick` list, in order, without repeats. */
export function readPick(text: string | null): string[] {
  const out: string[] = [];
  for (const id of (text ?? '').split(',').slice(0, 100))
    if (BY_ID.has(id) && !out.includes(id)) out.push(id);
  return out;
}

/** A learning path's exercises, as a pick list. */
export function pathPick(pathId: string): string[] {
  const path = LEARNING_PATHS.find((p) => p.id === pathId);
  return readPick((path?.steps ?? []).flatMap((s) => (s.exercise ? [s.exercise] : [])).join(','));
}

/**
 * The seed of one student's numbers: the sheet's seed for the class copy (student 0), mixed with the
 * student number otherwise, so that one link gives each student their own numbers.
 */
export function studentSeed(seed: number, student: number): number {
  if (student <= 0) return seed;
  return ((seed + 7919 * student) % MAX_SEED) + 1;
}

/** The exercise `id` with the numbers of `seed` (exercises without parameters as written). */
export function sheetInstance(id: string, seed: number): Exercise | null {
  const found = BY_ID.get(id);
  return found ? instanceOf(found.exercise, seed) : null;
}

const fmt = (v: number) => String(Number(v.toPrecision(4))).replace('-', '−');

/** The answer in words: the key's values, the right option, or null for a task done on the page. */
export function answerText(e: Exercise): string | null {
  const a = e.answer;
  try {
    if (a.kind === 'number' || a.kind === 'pair') {
      const v = a.key?.expected();
      if (!v || !v.every(Number.isFinite)) return null;
      const labels = a.kind === 'number' ? [a.label] : a.labels;
      const side = a.key?.side ?? 'exact';
      if (side === 'above') return `${labels[0]} above ${fmt(v[0])}`;
      if (side === 'below') return `${labels[0]} below ${fmt(v[0])}`;
      return labels.map((l, i) => `${l} = ${fmt(v[i])}`).join(', ');
    }
    if (a.kind === 'choice') {
      const i = a.options.findIndex((_, k) => a.check(k).ok);
      return i >= 0 ? a.options[i] : null;
    }
  } catch {
    return null;
  }
  return null;
}
