import { useState } from 'react';
import { useLinalgStore, type MatrixKey } from '../../stores/linalg/store';
import { RANGES } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { EntryField } from './EntryField';
import { PRESETS, presetMatrix } from './presets';

/** One entry, subscribed to its own value so a drag re-renders only this row. */
function MatrixEntry({ which, letter, i, j }: { which: MatrixKey; letter: string; i: number; j: number }) {
  const value = useLinalgStore((s) => s.view[which][i]?.[j] ?? 0);
  const range = useLinalgStore((s) => s.view.range);
  const setEntry = useLinalgStore((s) => s.setEntry);
  return (
    <EntryField
      name={`${letter}${i + 1}${j + 1}`}
      value={value}
      range={range}
      onCommit={(x) => setEntry(which, i, j, x)}
    />
  );
}

const freshSeed = (): number =>
  typeof crypto !== 'undefined' && crypto.getRandomValues
    ? crypto.getRandomValues(new Uint32Array(1))[0]
    : Math.floor(Date.now() % 4294967296);

/** The editor of A (or B): presets, the slider range, and a slider + number field per entry. */
export function MatrixEditor({
  which,
  letter,
  title,
}: {
  which: 'a' | 'b';
  letter: 'a' | 'b';
  title: string;
}) {
  const dim = useLinalgStore((s) => s.view.dim);
  const range = useLinalgStore((s) => s.view.range);
  const setMatrix = useLinalgStore((s) => s.setMatrix);
  const setRange = useLinalgStore((s) => s.setRange);
  const [theta, setTheta] = useState(30);
  const upper = letter.toUpperCase();
  return (
    <fieldset className="panel la-matrix">
      <legend>{title}</legend>
      <div className="presets" role="group" aria-label={`Presets for ${upper}`}>
        {PRESETS.map((p) => (
          <button
            key={p.name}
            type="button"
            className="chip"
            title={p.hint}
            onClick={() => setMatrix(which, presetMatrix(p.name, dim, theta, freshSeed()))}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="la-inline">
        <span>Rotation angle θ (degrees)</span>
        <NumberField label={`${upper} rotation angle (degrees)`} value={theta} onCommit={setTheta} step={5} />
      </div>
      {which === 'a' && (
        <label className="la-inline">
          <span>Slider range</span>
          <select aria-label="slider range" value={range} onChange={(e) => setRange(Number(e.target.value))}>
            {RANGES.map((r) => (
              <option key={r} value={r}>
                −{r} to {r}
              </option>
            ))}
          </select>
        </label>
      )}
      {Array.from({ length: dim }, (_, i) =>
        Array.from({ length: dim }, (_, j) => (
          <MatrixEntry key={`${i}${j}`} which={which} letter={letter} i={i} j={j} />
        )),
      )}
    </fieldset>
  );
}
