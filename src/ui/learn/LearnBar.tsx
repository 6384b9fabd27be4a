import type { ReactNode } from 'react';
import { CodePanel } from './CodePanel';
import { ExercisePanel } from './ExercisePanel';
import { useLearnUi, type LearnPanel } from './learnUiStore';
import type { Exercise, ExerciseProgress } from './types';
import './learn.css';

const LABELS: Record<LearnPanel, string> = { theory: 'Theory', exercises: 'Exercises', code: 'Code' };

/** Renders the page's current scene as code; a component, so that it reads the page's stores itself. */
export type CodeSource = () => { code: string; note: string };

function Code({ useCode }: { useCode: CodeSource }) {
  const { code, note } = useCode();
  return <CodePanel code={code} note={note} />;
}

/**
 * The learning layer of a page: "Theory", "Exercises" and "Code" toggle their panels, which open
 * under the bar, above the playground.
 */
export function LearnBar({
  page,
  theory,
  exercises,
  useCode,
  progress,
}: {
  page: string;
  theory: ReactNode;
  exercises: readonly Exercise[];
  useCode: CodeSource;
  /** The solved exercises and how to change them (the app's progress store). */
  progress: ExerciseProgress;
}) {
  const open = useLearnUi((s) => s.open);
  const toggle = useLearnUi((s) => s.toggle);
  return (
    <div className="learn">
      <div className="buttons learn-bar" role="group" aria-label="Learn">
        {(Object.keys(LABELS) as LearnPanel[]).map((p) => (
          <button
            key={p}
            type="button"
            className="chip"
            aria-pressed={open[p]}
            aria-controls={open[p] ? `learn-${p}` : undefined}
            onClick={() => toggle(p)}
          >
            {LABELS[p]}
          </button>
        ))}
      </div>
      {open.theory && (
        <section id="learn-theory" className="panel learn-panel" aria-label="Theory">
          <h2>Theory</h2>
          {theory}
        </section>
      )}
      {open.exercises && (
        <div id="learn-exercises">
          <ExercisePanel page={page} exercises={exercises} progress={progress} />
        </div>
      )}
      {open.code && (
        <div id="learn-code">
          <Code useCode={useCode} />
        </div>
      )}
    </div>
  );
}
