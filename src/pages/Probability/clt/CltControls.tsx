import { memo } from 'react';
import { cltRequestFor, useCltStore } from '../../../stores/probability/clt/store';
import { cltSizeProblems } from '../../../core';
import { NumberField } from '../../../ui/NumberField';
import { DistributionPicker } from '../shared/DistributionPicker';
import { Presets } from '../shared/Presets';
import { RunButtons } from '../shared/RunButtons';
import { SeedField } from '../shared/SeedField';
import { cltView } from '../../../stores/probability/clt/view';

const K_PRESETS = [1, 2, 5, 10, 30, 100, 1000].map((n) => [n, String(n)] as const);
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
  const { setDist, setParam, set, run, cancel } = useCltStore.getState();
  const setK = (v: number) => set('k', v);
  const setReps = (v: number) => set('reps', v);
  const product =
    cltView.problem('k', k) || cltView.problem('reps', reps)
      ? null
      : (cltSizeProblems(k, reps)[0]?.message ?? null);
  return (
    <>
      <DistributionPicker dist={dist} params={params} onDist={setDist} onParam={setParam} />
      <fieldset className="panel">
        <legend>Statistic</legend>
        <span className="radios-title">statistic of k draws</span>
        <div className="radios" role="radiogroup" aria-label="statistic">
          {(['mean', 'sum'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="clt-stat" checked={stat === s} onChange={() => set('stat', s)} /> {s}
            </label>
          ))}
        </div>
        <label className="field">
          <span>k, draws per statistic (1–1000)</span>
          <NumberField label="k draws" value={k} onCommit={setK} problem={cltView.problem('k', k)} integer />
        </label>
        <Presets label="k presets" presets={K_PRESETS} value={k} onPick={setK} />
        <label className="field">
          <span>repetitions</span>
          <NumberField
            label="repetitions"
            value={reps}
            onCommit={setReps}
            problem={cltView.problem('reps', reps) ?? product}
            integer
            step={1000}
          />
        </label>
        <Presets label="repetitions presets" presets={REP_PRESETS} value={reps} onPick={setReps} />
        <SeedField value={seed} onCommit={(v) => set('seed', v)} />
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
