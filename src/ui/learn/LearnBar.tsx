import { useEffect, type ReactNode } from 'react';
import { CodePanel } from './CodePanel';
import { ExercisePanel } from './ExercisePanel';
import { openOn, useLearnUi, type LearnPanel } from './learnUiStore';
import type { Exercise, ExerciseProgress } from './types';
import './learn.css';

const LABELS: Record<LearnPanel, string> = { theory: 'Theory', exercises: 'Exercises', code: 'Code' };

/** Renders the page's current scene as code; a component, so that it reads the page's stores itself. */
export type CodeSource = () => { code: string; note: string };

function Code({ useCode }: { useCode: CodeSource }) {
  const { code, note } = useCode();
  return <CodePanel code={code} note={note} />;
}

/** Learn bars mounted per page: a tab switch remounts the bar without leaving the page. */
const mounted = new Map<string, number>();

/** Set on <body> while a drawer is open: the page then leaves room for it (see learn.css). */
const BODY_CLASS = 'learn-drawer-open';

/**
 * The learning layer of a page: "Theory", "Exercises" and "Code" toggle their panels, which open in a side
 * panel on the right (a drawer over the bottom of the screen when narrow) so that the page's figure stays
 * in view. Panels close when the student leaves the page, unless pinned.
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
  /** The student's record and how to change it (the app's progress store). */
  progress: ExerciseProgress;
}) {
  const open = useLearnUi((s) => openOn(s, page));
  const pinned = useLearnUi((s) => s.pinned);
  const { toggle, close, setPinned } = useLearnUi.getState();
  const any = open.theory || open.exercises || open.code;

  useEffect(() => {
    mounted.set(page, (mounted.get(page) ?? 0) + 1);
    return () => {
      mounted.set(page, (mounted.get(page) ?? 1) - 1);
      // Leaving the page (not a tab switch that mounts the next bar at once) closes unpinned panels.
      setTimeout(() => {
        const s = useLearnUi.getState();
        if ((mounted.get(page) ?? 0) === 0 && !s.pinned && s.page === page) s.close();
      }, 0);
    };
  }, [page]);

  useEffect(() => {
    document.body.classList.toggle(BODY_CLASS, any);
    return () => document.body.classList.remove(BODY_CLASS);
  }, [any]);

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
            onClick={() => toggle(p, page)}
          >
            {LABELS[p]}
          </button>
        ))}
      </div>
      {any && (
        <aside className="learn-drawer" aria-label="Learning panels">
          <div className="learn-drawer-head">
            <label className="fine">
              <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Keep
              open on other pages
            </label>
            <button type="button" onClick={close}>
              Close panels
            </button>
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
        </aside>
      )}
    </div>
  );
}
