import { memo } from 'react';
import { useLlnStore, llnRequestFor } from '../../../stores/probability/lln/store';
import { DistributionPicker } from '../shared/DistributionPicker';
import { CountField } from '../shared/CountField';
import { RunButtons } from '../shared/RunButtons';
import { SeedField } from '../shared/SeedField';
import { llnView } from '../../../stores/probability/lln/view';

const PRESETS: [number, string][] = [
  [1e3, '1,000'],
  [1e4, '10⁴'],
  [1e5, '10⁵'],
  [1e6, '10⁶'],
];

/** Distribution, number of draws and runs, seed, and Run / Cancel. */
// memo: the tab re-renders on every streamed snapshot, and the controls read the store themselves.
export const LlnControls = memo(function LlnControls() {
  const dist = useLlnStore((s) => s.view.dist);
  const params = useLlnStore((s) => s.view.params);
  const draws = useLlnStore((s) => s.view.draws);
  const runs = useLlnStore((s) => s.view.runs);
  const seed = useLlnStore((s) => s.view.seed);
  const blocked = useLlnStore((s) => llnRequestFor(s.view) === null);
  const running = useLlnStore((s) => s.running);
  const done = useLlnStore((s) => s.result?.snapshot.drawn ?? 0);
  const total = useLlnStore((s) => s.result?.request.n ?? s.view.draws);
  const error = useLlnStore((s) => s.error);
  const { setDist, setParam, set, run, cancel } = useLlnStore.getState();
  return (
    <>
      <DistributionPicker dist={dist} params={params} onDist={setDist} onParam={setParam} />
      <fieldset className="panel">
        <legend>Simulation</legend>
        <CountField
          caption="draws per run (n)"
          label="draws"
          value={draws}
          problem={llnView.problem('draws', draws)}
          step={1000}
          presets={PRESETS}
          onCommit={(v) => set('draws', v)}
        />
        <CountField
          caption="independent runs"
          label="runs"
          value={runs}
          problem={llnView.problem('runs', runs)}
          onCommit={(v) => set('runs', v)}
        />
        <SeedField value={seed} onCommit={(v) => set('seed', v)} />
        <RunButtons
          running={running}
          blocked={blocked}
          done={done}
          total={total}
          error={error}
          what="draws per run"
          onRun={() => run(false)}
          onCancel={cancel}
        />
      </fieldset>
    </>
  );
});
