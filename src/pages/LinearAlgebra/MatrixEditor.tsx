import { useState } from 'react';
import { useLinalgStore, type MatrixKey } from '../../stores/linalg/store';
import { RANGES } from '../../stores/linalg/view';
import { NumberField } from '../../ui/NumberField';
import { EntryField } from './EntryField';
import { PRESETS, presetMatrix, type PresetName } from './presets';
import type { Matrix } from '../../core';

const sameMatrix = (p: Matrix, q: Matrix): boolean =>
  p.length === q.length &&
  p.every((row, i) => row.length === q[i].length && row.every((x, j) => x === q[i][j]));

/** One entry, subscribed to its own value so a drag re-renders only this row. */
function MatrixEntry({
  which,
  letter,
  i,
  j,
  preset,
}: {
  which: MatrixKey;
  letter: string;
  i: number;
  j: number;
  /** The matrix the last preset filled in, or null: its entries show rounded until changed. */
  preset: Matrix | null;
}) {
  const value = useLinalgStore((s) => s.view[which][i]?.[j] ?? 0);
  const range = useLinalgStore((s) => s.view.range);
  const setEntry = useLinalgStore((s) => s.setEntry);
  return (
    <EntryField
      name={`${letter}${i + 1}${j + 1}`}
      value={value}
      range={range}
      rounded={preset !== null && preset[i]?.[j] === value}
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
  const set = useLinalgStore((s) => s.set);
  const [theta, setTheta] = useState(30);
  // The last preset applied: the cells still holding its values show them rounded (cos 90° = 6e-17 as
  // 0), and a new θ re-applies a rotation at once while A is still that rotation. No subscription to the
  // whole matrix here: a drag re-renders only its own entry.
  const [preset, setPreset] = useState<{ name: PresetName; m: Matrix } | null>(null);
  const apply = (name: PresetName, angle: number) => {
    const m = presetMatrix(name, dim, angle, freshSeed());
    setPreset({ name, m });
    setMatrix(which, m);
  };
  const changeTheta = (angle: number) => {
    setTheta(angle);
    const now = useLinalgStore.getState().view[which];
    if (preset?.name === 'rotation' && sameMatrix(preset.m, now) && Number.isFinite(angle))
      apply('rotation', angle);
  };
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
            onClick={() => apply(p.name, theta)}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div className="la-inline">
        <span>Rotation angle θ (degrees)</span>
        <NumberField
          label={`${upper} rotation angle (degrees)`}
          value={theta}
          onCommit={changeTheta}
          step={5}
        />
      </div>
      {which === 'a' && (
        <label className="la-inline">
          <span>Slider range</span>
          <select
            aria-label="slider range"
            value={range}
            onChange={(e) => set('range', Number(e.target.value))}
          >
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
          <MatrixEntry
            key={`${i}${j}`}
            which={which}
            letter={letter}
            i={i}
            j={j}
            preset={preset?.m ?? null}
          />
        )),
      )}
    </fieldset>
  );
}
