import { useMemo } from 'react';
import { makeDistribution, samplingProblem, validateParams } from '../../core';
import { useProbabilityStore } from '../../stores/probability/distributions/store';
import { NumberField } from '../../ui/NumberField';
import { Presets } from './shared/Presets';
import { RunButtons } from './shared/RunButtons';
import { SeedField } from './shared/SeedField';
import { formatCount } from '../../ui/formatCount';
import { distributionsView } from '../../stores/probability/distributions/view';
import { validSeed } from '../../stores/view';

const SUPERSCRIPT: Record<number, string> = { 6: '⁶', 7: '⁷', 9: '⁹' };
const PRESETS = [100, 1e4, 1e6, 1e7, 1e9].map(
  (n) => [n, n >= 1e6 ? `10${SUPERSCRIPT[Math.log10(n)]}` : formatCount(n)] as const,
);

/** Sample size, seed, Sample / Cancel and the progress of a run. */
export function SamplePanel() {
  const samples = useProbabilityStore((s) => s.view.samples);
  const seed = useProbabilityStore((s) => s.view.seed);
  const running = useProbabilityStore((s) => s.running);
  const drawn = useProbabilityStore((s) => s.result?.snapshot.drawn ?? 0);
  const total = useProbabilityStore((s) => s.result?.snapshot.total ?? samples);
  const error = useProbabilityStore((s) => s.error);
  const dist = useProbabilityStore((s) => s.view.dist);
  const params = useProbabilityStore((s) => s.view.params);
  // Worked out when the law changes, not on every progress snapshot of a run. A valid law whose draws
  // do not fit in a double (Student's t with ν near 0) is shown but not sampled.
  const { invalid, unsampleable } = useMemo(() => {
    if (validateParams(dist, params).length > 0) return { invalid: true, unsampleable: null };
    return { invalid: false, unsampleable: samplingProblem(makeDistribution(dist, params)) };
  }, [dist, params]);
  const { set, sample, cancel } = useProbabilityStore.getState();
  const sizeProblem = distributionsView.problem('samples', samples);
  const blocked = invalid || unsampleable !== null || sizeProblem !== null || validSeed(seed) !== null;
  return (
    <fieldset className="panel">
      <legend>Sampling</legend>
      <label className="field">
        <span>sample size</span>
        <NumberField
          label="sample size"
          value={samples}
          onCommit={(n) => set('samples', n)}
          problem={sizeProblem}
          integer
          step={1000}
        />
      </label>
      <Presets
        label="sample size presets"
        presets={PRESETS}
        value={samples}
        onPick={(n) => set('samples', n)}
      />
      <SeedField value={seed} onCommit={(n) => set('seed', n)} />
      <RunButtons
        running={running}
        blocked={blocked}
        done={drawn}
        total={total}
        error={error ?? unsampleable}
        action="Sample"
        progressLabel="sampling progress"
        onRun={sample}
        onCancel={cancel}
      />
    </fieldset>
  );
}
