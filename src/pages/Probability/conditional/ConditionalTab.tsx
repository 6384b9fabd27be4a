import { useViewUrl } from '../../../app/useUrlState';
import { eventProbabilities } from '../../../core';
import { useConditionalStore } from '../../../stores/probability/conditional/store';
import {
  conditionalFields as F,
  conditionalView,
  EVENT_PRESETS,
  outcomesOf,
  type EventPreset,
} from '../../../stores/probability/conditional/view';
import { FieldSelect } from '../../../ui/FieldSelect';
import { Readout } from '../../../ui/Readout';
import { Tex } from '../../../ui/Tex';
import { UrlNotice } from '../../../ui/UrlNotice';
import { DiceGrid } from './DiceGrid';
import { ProbabilityTree } from './ProbabilityTree';
import { SimpsonSection } from './SimpsonSection';
import { fraction, independenceSentence } from './conditionalText';
import './conditional.css';

const WEIGHTS = Array.from({ length: 36 }, () => 1);

/** Conditional probability on the 36 outcomes of two dice: P(A), P(B), P(A and B), P(A | B) as zooming into B. */
export default function ConditionalTab() {
  useViewUrl(conditionalView, useConditionalStore);
  const view = useConditionalStore((s) => s.view);
  const store = useConditionalStore.getState();
  const ignored = useConditionalStore((s) => s.urlNotice);
  const a = outcomesOf(view.a);
  const b = outcomesOf(view.b);
  const p = eventProbabilities(WEIGHTS, a, b);
  const preset = (Object.keys(EVENT_PRESETS) as EventPreset[]).find(
    (k) => EVENT_PRESETS[k].a[1] === view.a && EVENT_PRESETS[k].b[1] === view.b,
  );
  const names = preset
    ? { a: EVENT_PRESETS[preset].a[0], b: EVENT_PRESETS[preset].b[0] }
    : { a: 'your event A', b: 'your event B' };
  const nAB = a.filter((k) => view.b[k] === '1').length;
  return (
    <div className="conditional">
      <h2 className="tab-title">Conditional probability</h2>
      <UrlNotice ignored={ignored} onDismiss={store.dismissNotice} />
      <div className="cond-row">
        <div className="cond-controls panel">
          <label className="field">
            <span>preset</span>
            <select
              aria-label="preset"
              value={preset ?? 'custom'}
              onChange={(e) => e.target.value !== 'custom' && store.preset(e.target.value as EventPreset)}
            >
              {(Object.keys(EVENT_PRESETS) as EventPreset[]).map((k) => (
                <option key={k} value={k}>
                  {EVENT_PRESETS[k].label}
                </option>
              ))}
              <option value="custom" disabled={preset !== undefined}>
                events of your own (click outcomes)
              </option>
            </select>
          </label>
          <FieldSelect
            field={F.edit}
            value={view.edit}
            onChange={(v) => store.set('edit', v)}
            labels={{ A: 'event A', B: 'event B' }}
          />
          <label className="cond-check">
            <input
              type="checkbox"
              checked={view.zoom}
              onChange={(e) => store.set('zoom', e.target.checked)}
            />{' '}
            zoom into B
          </label>
          <p className="cond-names">
            <span className="cond-key a" /> A: {names.a} ({a.length} outcomes)
            <br />
            <span className="cond-key b" /> B: {names.b} ({b.length} outcomes)
          </p>
          <div className="readouts-list cond-readouts" data-stage="companion">
            <Readout label="P(A)" value={p.pA} format={(v) => fraction(v, 36)} />
            <Readout label="P(B)" value={p.pB} format={(v) => fraction(v, 36)} />
            <Readout label="P(A and B)" value={p.pAB} format={(v) => fraction(v, 36)} />
            <Readout
              label="P(A given B)"
              value={b.length > 0 ? p.pAGivenB : null}
              format={(v) => fraction(v, 36)}
            />
          </div>
        </div>
        <DiceGrid view={view} onToggle={store.toggle} />
      </div>
      <section className="panel cond-words" aria-labelledby="cond-words-title">
        <h3 id="cond-words-title">Zooming into B</h3>
        <div className="cond-tex">
          <Tex
            tex={`P(A\\mid B) = \\frac{P(A\\cap B)}{P(B)} = \\frac{${nAB}/36}{${b.length}/36} = ${b.length > 0 ? `\\frac{${nAB}}{${b.length}}` : '\\text{undefined}'}`}
            display
          />
        </div>
        <p aria-live="polite">{independenceSentence(p, a.length, b.length, nAB)}</p>
        <h3>The same numbers as a probability tree</h3>
        <div className="cond-tree-wrap" data-stage="companion">
          <ProbabilityTree pB={p.pB} pAGivenB={p.pAGivenB} pA={p.pA} pAB={p.pAB} />
        </div>
        <p>
          Multiplication rule: each leaf is the product along its branch, P(A and B) = P(B)·P(A | B); the four
          leaves add to 1, and the two leaves with A add to P(A).
        </p>
      </section>
      <SimpsonSection />
    </div>
  );
}
