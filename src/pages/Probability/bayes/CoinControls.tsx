import { memo } from 'react';
import { useBayesStore } from '../../../stores/probability/bayes/store';
import { ErrorNote } from '../../../ui/ErrorNote';
import { NumberField } from '../../../ui/NumberField';
import { FieldSlider } from '../../../ui/FieldSlider';
import { SeedField } from '../shared/SeedField';
import { formatCount } from '../../../ui/formatCount';
import { bayesView } from '../../../stores/probability/bayes/view';

const f = bayesView.fields;

/** The prior's sliders, the Heads / Tails buttons, random flips from a true p, and Reset. */
// memo: the tab re-renders on every streamed snapshot, and the controls read the store themselves.
export const CoinControls = memo(function CoinControls() {
  const alpha = useBayesStore((s) => s.view.alpha);
  const beta = useBayesStore((s) => s.view.beta);
  const heads = useBayesStore((s) => s.view.heads);
  const tails = useBayesStore((s) => s.view.tails);
  const p = useBayesStore((s) => s.view.p);
  const batch = useBayesStore((s) => s.view.batch);
  const seed = useBayesStore((s) => s.view.seed);
  const recent = useBayesStore((s) => s.recent);
  const error = useBayesStore((s) => s.error);
  const { set: setField, observe, flip, reset } = useBayesStore.getState();
  return (
    <>
      <fieldset className="panel prior">
        <legend>Prior Beta(α, β)</legend>
        <FieldSlider field={f.alpha} value={alpha} onChange={(v) => setField('alpha', v)} />
        <FieldSlider field={f.beta} value={beta} onChange={(v) => setField('beta', v)} />
        <p className="fine">Beta(1, 1) is flat: every p equally plausible before any toss.</p>
      </fieldset>
      <fieldset className="panel">
        <legend>Observe tosses</legend>
        <div className="buttons">
          <button type="button" className="primary" onClick={() => observe(true)}>
            Heads
          </button>
          <button type="button" className="primary" onClick={() => observe(false)}>
            Tails
          </button>
          <button type="button" onClick={reset} disabled={heads + tails === 0}>
            Reset
          </button>
        </div>
        <p className="counts" aria-live="polite">
          {formatCount(heads)} heads, {formatCount(tails)} tails
        </p>
        {recent.length > 0 && (
          <p className="recent" aria-label="latest tosses, newest last">
            {recent.map((r) => (r ? 'H' : 'T')).join(' ')}
          </p>
        )}
      </fieldset>
      <fieldset className="panel">
        <legend>Random flips</legend>
        <FieldSlider field={f.p} value={p} onChange={(v) => setField('p', v)} />
        <label className="field">
          <span>flips per batch</span>
          <NumberField
            label="batch size"
            value={batch}
            onCommit={(v) => setField('batch', v)}
            problem={bayesView.problem('batch', batch)}
            integer
          />
        </label>
        <SeedField value={seed} onCommit={(v) => setField('seed', v)} />
        <div className="buttons">
          <button type="button" className="primary" onClick={flip}>
            Flip
          </button>
        </div>
        <ErrorNote>{error}</ErrorNote>
      </fieldset>
    </>
  );
});
