import type { ConditionalView } from '../../../stores/probability/conditional/view';

const label = (k: number) => `${Math.floor(k / 6) + 1} and ${(k % 6) + 1}`;

/**
 * The 36 outcomes of two dice as a 6×6 grid of buttons (rows: first die, columns: second die), A shaded and B
 * outlined; clicking an outcome adds it to the event being edited or takes it out. Zoomed into B, only B's
 * outcomes remain, re-drawn to fill the whole square: B is the new sample space.
 */
export function DiceGrid({ view, onToggle }: { view: ConditionalView; onToggle: (k: number) => void }) {
  const inA = (k: number) => view.a[k] === '1';
  const inB = (k: number) => view.b[k] === '1';
  const cells = Array.from({ length: 36 }, (_, k) => k).filter((k) => !view.zoom || inB(k));
  const cols = view.zoom ? Math.max(1, Math.ceil(Math.sqrt(cells.length))) : 6;
  const editing = view.edit;
  return (
    <figure className="cond-figure" data-stage="main">
      {/* The caption's words in a paragraph: the stage fits a figure to its paragraphs, charts and buttons, so
          the caption stays on screen above the grid. */}
      <figcaption>
        <p className="cond-caption">
          {view.zoom
            ? `Zoomed into B: its ${cells.length} outcomes, each now with probability 1/${cells.length || '—'}`
            : 'Two dice: row = first die, column = second die (each outcome 1/36)'}
        </p>
      </figcaption>
      <div
        className={`dice-grid${view.zoom ? ' zoomed' : ''}`}
        // The picture of this figure, drawn with buttons (the stage's e2e measures it as it does a chart).
        data-stage-picture=""
        style={{ gridTemplateColumns: `repeat(${cols}, 1fr)` }}
        role="group"
        aria-label={view.zoom ? 'outcomes in B' : 'outcomes of two dice'}
      >
        {cells.map((k) => {
          const a = inA(k);
          const b = inB(k);
          return (
            <button
              key={k}
              type="button"
              className={`dice-cell${a ? ' in-a' : ''}${b ? ' in-b' : ''}`}
              aria-pressed={editing === 'A' ? a : b}
              // The name starts with the visible text ("1,1"), as axe's label-content-name-mismatch asks.
              aria-label={`${Math.floor(k / 6) + 1},${(k % 6) + 1}: outcome ${label(k)}, ${a ? 'in A' : 'not in A'}, ${b ? 'in B' : 'not in B'}`}
              onClick={() => onToggle(k)}
            >
              {Math.floor(k / 6) + 1},{(k % 6) + 1}
            </button>
          );
        })}
        {cells.length === 0 && <p className="cond-empty">B is empty: there is nothing to zoom into.</p>}
      </div>
      <p className="cond-hint">Clicking an outcome adds it to event {editing} or takes it out.</p>
    </figure>
  );
}
