import { ExerciseCard } from './ExerciseCard';
import { useLearnUi } from './learnUiStore';
import type { Exercise, ExerciseProgress } from './types';

/** The page's exercises with the student's progress (kept in this browser by the app) and a reset. */
export function ExercisePanel({
  page,
  exercises,
  progress,
}: {
  page: string;
  exercises: readonly Exercise[];
  progress: ExerciseProgress;
}) {
  const { solved } = progress;
  const focus = useLearnUi((s) => s.focus);
  const done = exercises.filter((e) => solved.includes(`${page}/${e.id}`)).length;
  return (
    <section className="panel learn-panel" aria-label="Exercises">
      <div className="learn-head">
        <h2>Exercises</h2>
        <p className="fine" aria-label="exercise progress">
          {done} of {exercises.length} solved (kept in this browser)
        </p>
        <button type="button" onClick={() => progress.resetPage(page)} disabled={done === 0}>
          Reset progress
        </button>
      </div>
      <p className="fine">
        Commit your answer first, then the page shows why. Live tasks are checked on the page as it is now.
      </p>
      <div className="learn-exercises">
        {exercises.map((e) => (
          <ExerciseCard
            key={e.id}
            exercise={e}
            solved={solved.includes(`${page}/${e.id}`)}
            focused={focus === `${page}/${e.id}`}
            onSolved={() => progress.markSolved(`${page}/${e.id}`)}
          />
        ))}
      </div>
    </section>
  );
}
