import { useMcmcStore } from '../../../stores/probability/mcmc/store';
import { ErrorNote } from '../../../ui/ErrorNote';
import { NumberField } from '../../../ui/NumberField';
import { formatCount } from '../../../ui/formatCount';
import { mcmcProblems } from '../../../stores/probability/mcmc/view';

const PRESETS: [number, string][] = [
  [1000, '1,000'],
  [1e4, '10⁴'],
  [1e5, '10⁵'],
  [1e6, '10⁶'],
];

/** Chain length, seed, Run / Cancel / Reset and the progress of a streaming run. */
export function RunPanel() {
  const view = useMcmcStore((s) => s.view);
  const { steps, seed } = view;
  const running = useMcmcStore((s) => s.running);
  const received = useMcmcStore((s) => s.run?.received ?? 0);
  const total = useMcmcStore((s) => s.run?.total ?? steps);
  const error = useMcmcStore((s) => s.error);
  const problems = mcmcProblems(view);
  const blocked = Object.keys(problems).length > 0;
  const { set, start, cancel, reset } = useMcmcStore.getState();
  return (
    <fieldset className="panel">
      <legend>Run</legend>
      <label className="field">
        <span>steps</span>
        <NumberField
          label="steps"
          value={steps}
          onCommit={(v) => set('steps', v)}
          problem={problems.steps ?? null}
          integer
          step={1000}
        />
      </label>
      <div className="presets" role="group" aria-label="steps presets">
        {PRESETS.map(([n, text]) => (
          <button
            key={n}
            type="button"
            className="chip"
            aria-pressed={steps === n}
            onClick={() => set('steps', n)}
          >
            {text}
          </button>
        ))}
      </div>
      <label className="field">
        <span>seed</span>
        <NumberField
          label="seed"
          value={seed}
          onCommit={(v) => set('seed', v)}
          problem={problems.seed ?? null}
          integer
        />
      </label>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={start}
          disabled={blocked}
          title={blocked ? 'Fix the fields marked in red first' : undefined}
        >
          Run
        </button>
        <button type="button" onClick={cancel} disabled={!running}>
          Cancel
        </button>
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
      {running && (
        <div className="progress">
          <progress aria-label="chain progress" max={total} value={received} />
          <span>
            {Math.floor((100 * received) / Math.max(1, total))}% of {formatCount(total)}
          </span>
        </div>
      )}
      <ErrorNote>{error}</ErrorNote>
    </fieldset>
  );
}
