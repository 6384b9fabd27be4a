import { memo } from 'react';
import { intervalProblem } from '../../../core';
import { mcRequestFor, useMonteCarloStore } from '../../../stores/probability/montecarlo/store';
import { NumberField } from '../../../ui/NumberField';
import { CountField } from '../shared/CountField';
import { RunButtons } from '../shared/RunButtons';
import { SeedField } from '../shared/SeedField';
import { FxField } from './FxField';
import { type McMode, monteCarloView } from '../../../stores/probability/montecarlo/view';

const PRESETS: [number, string][] = [
  [1e3, '1,000'],
  [1e4, '10⁴'],
  [1e5, '10⁵'],
  [1e6, '10⁶'],
  [1e7, '10⁷'],
];
const MODES: [McMode, string][] = [
  ['pi', 'π from points in the unit square'],
  ['integral', '∫ f(x) dx over [a, b]'],
];

/** What to estimate, the integrand and interval, the number of points, seed, and Run / Cancel. */
// memo: the tab re-renders on every streamed snapshot, and the controls read the store themselves.
export const McControls = memo(function McControls() {
  const mode = useMonteCarloStore((s) => s.view.mode);
  const points = useMonteCarloStore((s) => s.view.points);
  const seed = useMonteCarloStore((s) => s.view.seed);
  const f = useMonteCarloStore((s) => s.view.f);
  const a = useMonteCarloStore((s) => s.view.a);
  const b = useMonteCarloStore((s) => s.view.b);
  const blocked = useMonteCarloStore((s) => mcRequestFor(s.view) === null);
  const running = useMonteCarloStore((s) => s.running);
  const done = useMonteCarloStore((s) => s.result?.snapshot.drawn ?? 0);
  const total = useMonteCarloStore((s) => s.result?.request.n ?? s.view.points);
  const error = useMonteCarloStore((s) => s.error);
  const { set, run, cancel } = useMonteCarloStore.getState();
  return (
    <fieldset className="panel">
      <legend>Estimate</legend>
      <div className="radios column" role="radiogroup" aria-label="what to estimate">
        {MODES.map(([m, text]) => (
          <label key={m}>
            <input type="radio" name="mc-mode" checked={mode === m} onChange={() => set('mode', m)} /> {text}
          </label>
        ))}
      </div>
      {mode === 'integral' && (
        <>
          <FxField value={f} onCommit={(v) => set('f', v)} />
          <div className="interval">
            <label className="field">
              <span>a</span>
              <NumberField label="a" value={a} onCommit={(v) => set('a', v)} step={0.5} />
            </label>
            <label className="field">
              <span>b</span>
              <NumberField
                label="b"
                value={b}
                onCommit={(v) => set('b', v)}
                step={0.5}
                problem={intervalProblem(a, b)}
              />
            </label>
          </div>
        </>
      )}
      <CountField
        caption="points"
        label="points"
        value={points}
        problem={monteCarloView.problem('points', points)}
        step={1000}
        presets={PRESETS}
        onCommit={(v) => set('points', v)}
      />
      <SeedField value={seed} onCommit={(v) => set('seed', v)} />
      <RunButtons
        running={running}
        blocked={blocked}
        done={done}
        total={total}
        error={error}
        what="points"
        onRun={() => run(false)}
        onCancel={cancel}
      />
    </fieldset>
  );
});
