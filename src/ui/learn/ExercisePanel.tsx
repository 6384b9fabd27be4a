import { useProgressStore } from '../../stores/progressStore';
import { ExerciseCard } from './ExerciseCard';
import { useLearnUi } from './learnUiStore';
import type { Exercise } from './types';

/** The page's exercises with the student's progress (kept in this browser) and a reset. */
export function ExercisePanel({ page, exercises }: { page: string; exercises: readonly Exercise[] }) {
  const solved = useProgressStore((s) => s.solved);
  const focus = useLearnUi((s) => s.focus);
  const done = exercises.filter((e) => solved.includes(`${page}/${e.id}`)).length;
  return (
    <section className="panel learn-panel" aria-label="Exercises">
      <div className="learn-head">
        <h2>Exercises</h2>
        <p className="fine" aria-label="exercise progress">
          {done} of {exercises.length} solved (kept in this browser)
        </p>
        <button
          type="button"
          onClick={() => useProgressStore.getState().resetPage(page)}
          disabled={done === 0}
        >
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
            onSolved={() => useProgressStore.getState().markSolved(`${page}/${e.id}`)}
          />
        ))}
      </div>
    </section>
  );
}
