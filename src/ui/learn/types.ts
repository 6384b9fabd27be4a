import type { ReactNode } from 'react';

/** The outcome of checking an answer: announced as "Correct" or "Not yet", followed by `why`. */
export interface Verdict {
  ok: boolean;
  why: string;
}

/**
 * What the student commits. A prediction (number, pair, choice) is typed before the page shows the
 * answer; a live task is checked on the page's current state after the student has worked on it.
 */
export type Answer =
  | { kind: 'number'; label: string; check(value: number): Verdict }
  | { kind: 'pair'; labels: readonly [string, string]; check(a: number, b: number): Verdict }
  | { kind: 'choice'; options: readonly string[]; check(index: number): Verdict }
  | { kind: 'live'; check(): Verdict };

export interface Exercise {
  /** Unique within the page; progress is kept as `<page>/<id>`. */
  id: string;
  title: string;
  prompt: ReactNode;
  answer: Answer;
  hint: ReactNode;
  /** The worked solution, shown with "Show solution". */
  solution: ReactNode;
  /** Sets the page to the solution's state. */
  applySolution(): void;
  /** For a prediction: once the answer is committed, sets the page up (and runs it) to show why. */
  reveal?(): void;
}

/** The student's solved exercises (ids `<page>/<exercise>`), kept by the app; the learn panels only show and change it. */
export interface ExerciseProgress {
  solved: readonly string[];
  markSolved(id: string): void;
  /** Forgets every exercise of one page. */
  resetPage(page: string): void;
}
