import { memo } from 'react';
import { cltRequestFor, useCltStore } from '../../../stores/probability/clt/store';
import { cltSizeProblems } from '../../../core';
import { DistributionPicker } from '../shared/DistributionPicker';
import { CountField } from '../shared/CountField';
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
        <CountField
          caption="k, draws per statistic (1–1000)"
          label="k draws"
          value={k}
          problem={cltView.problem('k', k)}
          presets={K_PRESETS}
          presetsLabel="k presets"
          onCommit={(v) => set('k', v)}
        />
        <CountField
          caption="repetitions"
          label="repetitions"
          value={reps}
          problem={cltView.problem('reps', reps) ?? product}
          step={1000}
          presets={REP_PRESETS}
          onCommit={(v) => set('reps', v)}
        />
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
