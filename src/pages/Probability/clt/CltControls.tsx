import { memo } from 'react';
import { cltRequestFor, useCltStore } from '../../../stores/cltStore';
import { validK, validReps } from '../../../stores/cltUrl';
import { validSeed } from '../../../stores/probabilityUrl';
import { cltSizeProblems } from '../../../core';
import { NumberField } from '../../../ui/NumberField';
import { DistributionPicker } from '../lln/DistributionPicker';
import { RunButtons } from '../lln/RunButtons';

const K_PRESETS = [1, 2, 5, 10, 30, 100, 1000];
const REP_PRESETS: [number, string][] = [
  [1e4, '10⁴'],
  [1e5, '10⁵'],
  [1e6, '10⁶'],
];

/** Distribution, k, repetitions, mean-or-sum, seed, and Run / Cancel. */
// memo: the tab re-renders on every streamed snapshot, and the controls read the store themselves.
export const CltControls = memo(function CltControls() {
  const dist = useCltStore((s) => s.view.dist);
  const params = useCltStore((s) => s.view.params);
  const k = useCltStore((s) => s.view.k);
  const reps = useCltStore((s) => s.view.reps);
  const stat = useCltStore((s) => s.view.stat);
  const seed = useCltStore((s) => s.view.seed);
  const blocked = useCltStore((s) => cltRequestFor(s.view) === null);
  const running = useCltStore((s) => s.running);
  const done = useCltStore((s) => s.result?.snapshot.done ?? 0);
  const total = useCltStore((s) => s.result?.request.reps ?? s.view.reps);
  const error = useCltStore((s) => s.error);
  const { setDist, setParam, setK, setReps, setStat, setSeed, run, cancel } = useCltStore.getState();
  const product = validK(k) || validReps(reps) ? null : (cltSizeProblems(k, reps)[0]?.message ?? null);
  return (
    <>
      <DistributionPicker dist={dist} params={params} onDist={setDist} onParam={setParam} />
      <fieldset className="panel">
        <legend>Statistic</legend>
        <span className="radios-title">statistic of k draws</span>
        <div className="radios" role="radiogroup" aria-label="statistic">
          {(['mean', 'sum'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="clt-stat" checked={stat === s} onChange={() => setStat(s)} /> {s}
            </label>
          ))}
        </div>
        <label className="field">
          <span>k, draws per statistic (1–1000)</span>
          <NumberField label="k draws" value={k} onCommit={setK} problem={validK(k)} integer />
        </label>
        <div className="presets" role="group" aria-label="k presets">
          {K_PRESETS.map((n) => (
            <button key={n} type="button" className="chip" aria-pressed={k === n} onClick={() => setK(n)}>
              {n}
            </button>
          ))}
        </div>
        <label className="field">
          <span>repetitions</span>
          <NumberField
            label="repetitions"
            value={reps}
            onCommit={setReps}
            problem={validReps(reps) ?? product}
            integer
            step={1000}
          />
        </label>
        <div className="presets" role="group" aria-label="repetitions presets">
          {REP_PRESETS.map(([n, text]) => (
            <button
              key={n}
              type="button"
              className="chip"
              aria-pressed={reps === n}
              onClick={() => setReps(n)}
            >
              {text}
            </button>
          ))}
        </div>
        <label className="field">
          <span>seed</span>
          <NumberField label="seed" value={seed} onCommit={setSeed} problem={validSeed(seed)} integer />
        </label>
        <RunButtons
          running={running}
          blocked={blocked}
          done={done}
          total={total}
          error={error}
          what="repetitions"
          onRun={() => run(false)}
          onCancel={cancel}
        />
      </fieldset>
    </>
  );
});
