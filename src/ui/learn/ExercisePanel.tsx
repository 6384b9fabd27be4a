import { useEffect } from 'react';
import { ExerciseCard } from './ExerciseCard';
import { useLearnUi } from './learnUiStore';
import { EMPTY_RECORD, type Exercise, type ExerciseProgress } from './types';
import { instanceOf } from './variants';

/** Instances (`<page>/<id>@<seed>`) whose page settings were set up in this visit of the app. */
const setUpDone = new Set<string>();

/** The page's exercises with the student's record (kept in this browser by the app) and a reset. */
export function ExercisePanel({
  page,
  exercises,
  progress,
}: {
  page: string;
  exercises: readonly Exercise[];
  progress: ExerciseProgress;
}) {
  const { records } = progress;
  const focus = useLearnUi((s) => s.focus);
  const seeds = useLearnUi((s) => s.seeds);
  // An instance whose givens are the page's settings sets the page to them once, when it is chosen.
  useEffect(() => {
    for (const e of exercises) {
      const seed = e.variant ? seeds[`${page}/${e.id}`] : undefined;
      const key = `${page}/${e.id}@${seed}`;
      if (!seed || setUpDone.has(key)) continue;
      setUpDone.add(key);
      instanceOf(e, seed).setUp?.();
    }
  }, [exercises, seeds, page]);
  const recordOf = (e: Exercise) => records[`${page}/${e.id}`] ?? EMPTY_RECORD;
  const done = exercises.filter((e) => recordOf(e).solved).length;
  const attempts = exercises.reduce((n, e) => n + recordOf(e).attempts, 0);
  const hints = exercises.reduce((n, e) => n + recordOf(e).hints, 0);
  const touched = exercises.some((e) => {
    const r = recordOf(e);
    return r.solved || r.attempts > 0 || r.hints > 0 || r.revealed;
  });
  return (
    <section className="panel learn-panel" aria-label="Exercises">
      <div className="learn-head">
        <h2>Exercises</h2>
        <p className="fine" aria-label="exercise progress">
          {done} of {exercises.length} solved · {attempts} attempt{attempts === 1 ? '' : 's'} · {hints} hint
          {hints === 1 ? '' : 's'} (kept in this browser)
        </p>
        <button type="button" onClick={() => progress.resetPage(page)} disabled={!touched}>
          Reset progress
        </button>
      </div>
      <p className="fine">
        Commit your answer first: a wrong one is told which way it is off and gets a hint; the answer shows
        after three tries or with “Show solution”. Live tasks are checked on the page as it is now. “New
        numbers” gives a fresh instance to practise on, with a link that reproduces it.
      </p>
      <div className="learn-exercises">
        {exercises.map((e) => {
          const pid = `${page}/${e.id}`;
          const seed = e.variant ? (seeds[pid] ?? null) : null;
          return (
            <ExerciseCard
              key={e.id}
              exercise={instanceOf(e, seed)}
              variable={!!e.variant}
              seed={seed}
              onNewNumbers={() => progress.recordNewNumbers(pid)}
              draftId={pid}
              record={recordOf(e)}
              focused={focus === pid}
              onAttempt={(ok) => progress.recordAttempt(pid, ok)}
              onHints={(n) => progress.recordHints(pid, n)}
              onReveal={() => progress.recordReveal(pid)}
            />
          );
        })}
      </div>
    </section>
  );
}
