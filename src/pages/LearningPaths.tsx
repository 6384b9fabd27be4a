import { LEARNING_PATHS } from '../app/learningPaths';
import { usePathStore } from '../app/pathStore';
import { useProgressStore } from '../stores/progressStore';

/** The three learning paths on the home page: each step is a link to its scene, and a path can be started. */
export function LearningPaths() {
  const solved = useProgressStore((s) => s.solved);
  const active = usePathStore((s) => s.active);
  return (
    <div className="paths">
      {LEARNING_PATHS.map((path) => (
        <section key={path.id} aria-labelledby={`path-${path.id}`}>
          <h3 id={`path-${path.id}`}>{path.title}</h3>
          <p className="fine">{path.blurb}</p>
          <ol>
            {path.steps.map((step, i) => (
              <li key={step.title}>
                <a href={`#${step.route}`} onClick={() => usePathStore.getState().open(path.id, i, false)}>
                  {step.title}
                </a>
                {step.exercise && solved.includes(step.exercise) && <span aria-label="solved"> ✓</span>}
                <span className="fine"> — {step.task}</span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="primary"
            onClick={() => usePathStore.getState().open(path.id, active?.path === path.id ? active.step : 0)}
          >
            {active?.path === path.id
              ? `Resume the ${path.title.toLowerCase()} path`
              : `Start the ${path.title.toLowerCase()} path`}
          </button>
        </section>
      ))}
    </div>
  );
}
