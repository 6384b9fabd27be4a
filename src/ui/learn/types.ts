import type { ReactNode } from 'react';

/** The outcome of checking an answer: announced as "Correct" or "Not yet", followed by `why`. */
export interface Verdict {
  ok: boolean;
  /** The explanation. For a prediction it usually names the answer, so it is shown on a wrong attempt only once the solution is revealed. */
  why: string;
  /**
   * The answer could not be judged (the page is not set up for the question, the input is out of range):
   * `why` says what to fix, and the attempt is not counted.
   */
  problem?: boolean;
}

/**
 * The value a numeric prediction asks for, so that a wrong attempt can say "too high" or "too low" (per
 * part) without naming the answer, and so that tests can try the natural wrong guesses against `check`.
 */
export interface AnswerKey {
  /** The value of each part, in the order of the fields; null while the page cannot pose the question. */
  expected(): readonly number[] | null;
  /**
   * 'exact' (default): the answer is the value. 'above' / 'below': a threshold, any value beyond it in that
   * direction is right (for example "a learning rate at which GD diverges").
   */
  side?: 'exact' | 'above' | 'below';
  /** A part within max(rel·|value|, abs) of its value counts as right in the per-part feedback. */
  rel?: number;
  abs?: number;
  /** Natural wrong guesses besides a sign flip and a factor of 2: the starting value, the minimum… */
  traps?(): readonly (readonly number[])[];
}

/**
 * What the student commits. A prediction (number, pair, choice) is typed before the page shows the
 * answer; a live task is checked on the page's current state after the student has worked on it.
 */
export type Answer =
  | { kind: 'number'; label: string; check(value: number): Verdict; key?: AnswerKey }
  | {
      kind: 'pair';
      labels: readonly [string, string];
      check(a: number, b: number): Verdict;
      key?: AnswerKey;
    }
  | { kind: 'choice'; options: readonly string[]; check(index: number): Verdict }
  | { kind: 'live'; check(): Verdict };

export interface Exercise {
  /** Unique within the page; progress is kept as `<page>/<id>`. */
  id: string;
  title: string;
  prompt: ReactNode;
  answer: Answer;
  /** The first hint, shown with a wrong attempt or with "Hint". */
  hint: ReactNode;
  /** Further hints, one more per wrong attempt or per press of "Another hint". */
  moreHints?: readonly ReactNode[];
  /** The worked solution, shown with "Show solution" (or after the third wrong attempt). */
  solution: ReactNode;
  /** Sets the page to the solution's state. */
  applySolution(): void;
  /** For a prediction: once the answer is right or revealed, sets the page up (and runs it) to show why. */
  reveal?(): void;
  /**
   * For an exercise with parameters ("New numbers"): the same exercise with fresh givens drawn from `seed`
   * (an integer ≥ 1), same id. Its check, answer key, solution and scenes are computed from those givens by
   * the core, never typed in. Without a seed the exercise is the one written above.
   */
  variant?(seed: number): Exercise;
  /**
   * For an instance whose givens are the page's own settings (the function, the start, the learning
   * rate…): sets the page to them through the page's store, so the figure shows what the question asks
   * about. Called once when the instance is chosen ("New numbers" or a link with its seed).
   */
  setUp?(): void;
}

/** What the student did on one exercise. */
export interface ExerciseRecord {
  /** Checked answers (problems such as an empty field are not counted). */
  attempts: number;
  /** Wrong answers among them, since the exercise's numbers last changed. */
  wrong: number;
  /** Hints shown. */
  hints: number;
  /** The solution was shown (by the button or after the third wrong attempt). */
  revealed: boolean;
  solved: boolean;
}

/** The student's record per exercise (ids `<page>/<exercise>`), kept by the app; the learn panels only show and change it. */
export interface ExerciseProgress {
  solved: readonly string[];
  records: Readonly<Record<string, ExerciseRecord>>;
  markSolved(id: string): void;
  /** One checked answer (right or wrong). */
  recordAttempt(id: string, ok: boolean): void;
  /** The number of hints now shown (kept as the largest seen). */
  recordHints(id: string, shown: number): void;
  recordReveal(id: string): void;
  /** New numbers on one exercise: the three tries and the solution start over (attempts and hints stay counted). */
  recordNewNumbers(id: string): void;
  /** Forgets every exercise of one page. */
  resetPage(page: string): void;
}

/** Wrong attempts after which the answer is shown. */
export const ATTEMPTS_BEFORE_ANSWER = 3;

export const EMPTY_RECORD: ExerciseRecord = {
  attempts: 0,
  wrong: 0,
  hints: 0,
  revealed: false,
  solved: false,
};
