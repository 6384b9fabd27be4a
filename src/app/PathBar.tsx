import { useProgressStore } from '../stores/progressStore';
import { findPath } from './learningPaths';
import { usePathStore } from './pathStore';

/** While a learning path is followed: where the student is, the task, and the way on or out. */
export function PathBar() {
  const active = usePathStore((s) => s.active);
  const solved = useProgressStore((s) => s.solved);
  const path = findPath(active?.path);
  if (!active || !path) return null;
  const step = path.steps[active.step];
  const { open, leave } = usePathStore.getState();
  const last = path.steps.length - 1;
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
        <button
          type="button"
          className="primary"
          disabled={active.step === last}
          onClick={() => open(path.id, active.step + 1)}
        >
          Next step
        </button>
        <button type="button" onClick={leave}>
          Leave path
        </button>
      </div>
    </nav>
  );
}
