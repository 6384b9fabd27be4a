/**
 * A learning path's progress from the student's exercise records and the steps they opened: what the home
 * page shows per path and what a path's closing summary lists.
 */
import type { ExerciseRecord } from '../stores/progressStore';
import type { LearningPath } from './learningPaths';

export interface PathProgress {
  steps: number;
  visited: number;
  /** The steps that have an exercise, with the student's record on it. */
  exercises: { step: string; exercise: string; record: ExerciseRecord | undefined }[];
  solved: number;
  attempts: number;
  hints: number;
}

export function pathProgress(
  path: LearningPath,
  records: Readonly<Record<string, ExerciseRecord>>,
  visited: readonly number[] = [],
): PathProgress {
  const exercises = path.steps.flatMap((s) =>
    s.exercise ? [{ step: s.title, exercise: s.exercise, record: records[s.exercise] }] : [],
  );
  return {
    steps: path.steps.length,
    visited: visited.filter((i) => i >= 0 && i < path.steps.length).length,
    exercises,
    solved: exercises.filter((e) => e.record?.solved).length,
    attempts: exercises.reduce((n, e) => n + (e.record?.attempts ?? 0), 0),
    hints: exercises.reduce((n, e) => n + (e.record?.hints ?? 0), 0),
  };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
