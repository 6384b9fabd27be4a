import { useProgressStore } from '../stores/progressStore';
import { findPath, nextPath, type LearningPath } from './learningPaths';
import { pathProgress, plural } from './pathProgress';
import { usePathStore } from './pathStore';
import { installExerciseLinks } from '../ui/learn/variants';
import './pathBar.css';

// An exercise link (`ex=…&ex.seed=…`) is read before the page's own address binding drops its keys.
installExerciseLinks();

/** The end of a path: what it covered, the exercises solved and the attempts, and the way on. */
function PathSummary({ path }: { path: LearningPath }) {
  const records = useProgressStore((s) => s.records);
  const visited = usePathStore((s) => s.visited[path.id]);
  const p = pathProgress(path, records, visited);
  const next = nextPath(path.id);
  const { open, leave } = usePathStore.getState();
  const review = next.id === 'beginner';
  return (
    <section className="path-summary" aria-labelledby="path-summary-title">
      <h2 id="path-summary-title">{path.title} path: done</h2>
      <p>
        <strong>Covered:</strong> {path.steps.map((s) => s.title).join(' · ')}.
      </p>
      <p aria-label="path results">
        {p.solved} of {plural(p.exercises.length, 'exercise')} solved · {plural(p.attempts, 'attempt')} ·{' '}
        {plural(p.hints, 'hint')} · {p.visited} of {p.steps} steps opened.
      </p>
      <ul className="path-summary-list">
        {p.exercises.map((e) => (
          <li key={e.exercise}>
            {e.step}: {e.record?.solved ? 'solved ✓' : 'not solved yet'}
            {e.record && e.record.attempts > 0 ? ` (${plural(e.record.attempts, 'attempt')})` : ''}
          </li>
        ))}
      </ul>
      <div className="buttons">
        <a
          className="path-link-button"
          href={`#${next.steps[0].route}`}
          onClick={() => open(next.id, 0, false)}
        >
          {review
            ? `Review from the ${next.title.toLowerCase()} path`
            : `Start the ${next.title.toLowerCase()} path`}
        </a>
        <button type="button" onClick={() => open(path.id, path.steps.length - 1)}>
          Back to the last step
        </button>
        <button type="button" onClick={leave}>
          Leave path
        </button>
      </div>
    </section>
  );
}

/** While a learning path is followed: where the student is, the task, and the way on or out; at its end, the summary. */
export function PathBar() {
  const active = usePathStore((s) => s.active);
  const solved = useProgressStore((s) => s.solved);
  const path = findPath(active?.path);
  if (!active || !path) return null;
  if (active.finished)
    return (
      <nav className="path-bar" aria-label="Learning path">
        <PathSummary path={path} />
      </nav>
    );
  const step = path.steps[active.step];
  const { open, leave, finish } = usePathStore.getState();
  const last = active.step === path.steps.length - 1;
  return (
    <nav className="path-bar" aria-label="Learning path">
      <p>
        <strong>
          {path.title} path · step {active.step + 1} of {path.steps.length}: {step.title}.
        </strong>{' '}
        {step.task}
        {step.exercise && solved.includes(step.exercise) && <span aria-label="exercise solved"> ✓</span>}
      </p>
      <div className="buttons">
        <button type="button" disabled={active.step === 0} onClick={() => open(path.id, active.step - 1)}>
          Previous step
        </button>
        <button type="button" onClick={() => open(path.id, active.step)}>
          Open this step
        </button>
        {last ? (
          <button type="button" className="primary" onClick={finish}>
            Finish the path
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => open(path.id, active.step + 1)}>
            Next step
          </button>
        )}
        <button type="button" onClick={leave}>
          Leave path
        </button>
      </div>
    </nav>
  );
}
