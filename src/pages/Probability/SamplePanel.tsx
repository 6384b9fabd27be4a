import { validateParams } from '../../core';
import { useProbabilityStore } from '../../stores/probabilityStore';
import { validSampleSize, validSeed } from '../../stores/probabilityUrl';
import { ErrorNote } from '../../ui/ErrorNote';
import { NumberField } from '../../ui/NumberField';

const SUPERSCRIPT: Record<number, string> = { 6: '⁶', 7: '⁷', 9: '⁹' };

/** Sample size, seed, Sample / Cancel and the progress of a run. */
export function SamplePanel() {
  const samples = useProbabilityStore((s) => s.view.samples);
  const seed = useProbabilityStore((s) => s.view.seed);
  const running = useProbabilityStore((s) => s.running);
  const drawn = useProbabilityStore((s) => s.result?.snapshot.drawn ?? 0);
  const total = useProbabilityStore((s) => s.result?.snapshot.total ?? samples);
  const error = useProbabilityStore((s) => s.error);
  const invalid = useProbabilityStore((s) => validateParams(s.view.dist, s.view.params).length > 0);
  const { setSamples, setSeed, sample, cancel } = useProbabilityStore.getState();
  const sizeProblem = validSampleSize(samples);
  const seedProblem = validSeed(seed);
  const blocked = invalid || sizeProblem !== null || seedProblem !== null;
  return (
    <fieldset className="panel">
      <legend>Sampling</legend>
      <label className="field">
        <span>sample size</span>
        <NumberField
          label="sample size"
          value={samples}
          onCommit={setSamples}
          problem={sizeProblem}
          integer
          step={1000}
        />
      </label>
      <div className="presets" role="group" aria-label="sample size presets">
        {[100, 1e4, 1e6, 1e7, 1e9].map((n) => (
          <button
            key={n}
            type="button"
            className="chip"
            onClick={() => setSamples(n)}
            aria-pressed={samples === n}
          >
            {n >= 1e6 ? `10${SUPERSCRIPT[Math.log10(n)]}` : n.toLocaleString('en')}
          </button>
        ))}
      </div>
      <label className="field">
        <span>seed</span>
        <NumberField label="seed" value={seed} onCommit={setSeed} problem={seedProblem} integer />
      </label>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={sample}
          disabled={blocked}
          title={blocked ? 'Fix the fields marked in red first' : undefined}
        >
          Sample
        </button>
        <button type="button" onClick={cancel} disabled={!running}>
          Cancel
        </button>
      </div>
      {running && (
        <div className="progress">
          <progress aria-label="sampling progress" max={total} value={drawn} />
          <span>
            {Math.floor((100 * drawn) / Math.max(1, total))}% of {total.toLocaleString('en')}
          </span>
        </div>
      )}
      <ErrorNote>{error}</ErrorNote>
    </fieldset>
  );
}
