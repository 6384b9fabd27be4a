import { LEARNING_PATHS } from '../app/learningPaths';
import { pathProgress, plural } from '../app/pathProgress';
import { usePathStore } from '../app/pathStore';
import { useProgressStore } from '../stores/progressStore';
import '../app/pathBar.css';

/**
 * The three learning paths on the home page, each with the student's progress (steps opened, exercises
 * solved, attempts): each step is a link to its scene, and a path can be started or resumed.
 */
export function LearningPaths() {
  const records = useProgressStore((s) => s.records);
  const active = usePathStore((s) => s.active);
  const visited = usePathStore((s) => s.visited);
  return (
    <div className="paths">
      {LEARNING_PATHS.map((path) => {
        const p = pathProgress(path, records, visited[path.id]);
        const done = p.exercises.length === 0 ? 0 : p.solved / p.exercises.length;
        return (
          <section key={path.id} aria-labelledby={`path-${path.id}`}>
            <h3 id={`path-${path.id}`}>{path.title}</h3>
            <p className="fine">{path.blurb}</p>
            <div className="path-progress">
              <progress
                value={p.solved}
                max={Math.max(1, p.exercises.length)}
                aria-label={`${path.title} path: exercises solved`}
              >
                {Math.round(100 * done)} %
              </progress>
              <span className="fine" aria-label={`${path.title} path progress`}>
                {p.solved} of {plural(p.exercises.length, 'exercise')} solved · {p.visited} of {p.steps} steps
                opened
                {p.attempts > 0 ? ` · ${plural(p.attempts, 'attempt')}` : ''}
              </span>
            </div>
            <ol>
              {path.steps.map((step, i) => (
                <li key={step.title}>
                  <a href={`#${step.route}`} onClick={() => usePathStore.getState().open(path.id, i, false)}>
                    {step.title}
                  </a>
                  {step.exercise && records[step.exercise]?.solved && <span aria-label="solved"> ✓</span>}
                  <span className="fine"> — {step.task}</span>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="primary"
              onClick={() =>
                usePathStore
                  .getState()
                  .open(path.id, active?.path === path.id && !active.finished ? active.step : 0)
              }
            >
              {active?.path === path.id && !active.finished
                ? `Resume the ${path.title.toLowerCase()} path`
                : `Start the ${path.title.toLowerCase()} path`}
            </button>{' '}
            <a
              className="fine"
              href={`#/exercise-sheet?v=1&pick=${p.exercises.map((e) => e.exercise).join(',')}`}
            >
              Exercise sheet of this path
            </a>
          </section>
        );
      })}
    </div>
  );
}
