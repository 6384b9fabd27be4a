import { memo } from 'react';
import { useLlnStore, llnRequestFor } from '../../../stores/probability/lln/store';
import { NumberField } from '../../../ui/NumberField';
import { DistributionPicker } from '../shared/DistributionPicker';
import { Presets } from '../shared/Presets';
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
  const setDraws = (v: number) => set('draws', v);
  return (
    <>
      <DistributionPicker dist={dist} params={params} onDist={setDist} onParam={setParam} />
      <fieldset className="panel">
        <legend>Simulation</legend>
        <label className="field">
          <span>draws per run (n)</span>
          <NumberField
            label="draws"
            value={draws}
            onCommit={setDraws}
            problem={llnView.problem('draws', draws)}
            integer
            step={1000}
          />
        </label>
        <Presets label="draws presets" presets={PRESETS} value={draws} onPick={setDraws} />
        <label className="field">
          <span>independent runs</span>
          <NumberField
            label="runs"
            value={runs}
            onCommit={(v) => set('runs', v)}
            problem={llnView.problem('runs', runs)}
            integer
          />
        </label>
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
