import { memo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import { pointCountOf } from '../../../stores/ml/regression/data';
import { useRegStore } from '../../../stores/ml/regression/store';
import {
  CLASS_SOURCES,
  REG_METHOD_NAMES,
  REG_METHODS,
  REG_SOURCES,
  regView,
  type ClassSource,
  type RegSource,
  type RegView,
} from '../../../stores/ml/regression/view';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FieldNumber } from '../../../ui/FieldNumber';
import { FieldSlider } from '../../../ui/FieldSlider';

const f = regView.fields;
const NO_POINTS: UserPoint[] = [];

/**
 * The view without its point lists, which no control reads: a drag move (a new list of points) leaves the
 * controls alone instead of rendering every field again.
 */
const useSettings = (): RegView =>
  useRegStore(useShallow((s) => ({ ...s.view, points: NO_POINTS, cpoints: NO_POINTS })));
const SOURCE_LABELS: Record<RegSource, string> = {
  line: 'line + noise',
  sine: 'sine + noise',
  outliers: 'line + outliers',
  own: 'your own points',
};
const CLASS_LABELS: Record<ClassSource, string> = {
  blobs: 'two overlapping blobs',
  separable: 'two separable classes',
  own: 'your own points',
};

/** Data: a seeded generator or the student's own points (click, drag, CSV). */
export const RegDataControls = memo(function RegDataControls({
  brush,
  onBrush,
}: {
  /** The class a new Logistic point gets. */
  brush: number;
  onBrush(k: number): void;
}) {
  const view = useSettings();
  const problems = useRegStore((s) => s.csvProblems);
  const set = useRegStore((s) => s.set);
  const add = useRegStore((s) => s.addPoint);
  const addClass = useRegStore((s) => s.addClassPoint);
  const logistic = view.method === 'logistic';
  const generated = logistic ? view.cls !== 'own' : view.data !== 'own';
  return (
    <fieldset className="panel">
      <legend>Data</legend>
      {logistic ? (
        <>
          <label className="field">
            <span>classes</span>
            <select
              aria-label="classes"
              value={view.cls}
              onChange={(e) => set('cls', e.target.value as ClassSource)}
            >
              {CLASS_SOURCES.map((d) => (
                <option key={d} value={d}>
                  {CLASS_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <div role="radiogroup" aria-label="class of new points" className="reg-methods">
            <span className="field-caption">class of new points</span>
            {[0, 1].map((k) => (
              <label key={k} className="check">
                <input type="radio" name="reg-brush" checked={brush === k} onChange={() => onBrush(k)} />
                class {k} ({k === 0 ? 'circle' : 'square'})
              </label>
            ))}
          </div>
        </>
      ) : (
        <label className="field">
          <span>data</span>
          <select
            aria-label="data"
            value={view.data}
            onChange={(e) => set('data', e.target.value as RegSource)}
          >
            {REG_SOURCES.map((d) => (
              <option key={d} value={d}>
                {SOURCE_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
      )}
      {generated && <FieldSlider field={f.n} value={view.n} view={view} onChange={(v) => set('n', v)} />}
      {generated && (
        <FieldSlider field={f.noise} value={view.noise} view={view} onChange={(v) => set('noise', v)} />
      )}
      {generated && (
        <FieldNumber field={f.seed} value={view.seed} view={view} onCommit={(v) => set('seed', v)} />
      )}
      <p className="hint">
        Click the plot to add a point, drag one to move it, right-click to remove it. Editing a generated set
        makes it your own.
      </p>
      <button type="button" onClick={() => (logistic ? addClass(0, 0, brush) : add(0, 0))}>
        Add a point at (0, 0)
      </button>
      <CsvEntry logistic={logistic} />
      {problems.length > 0 && (
        <ErrorNote>
          <span className="csv-problems">
            {problems.slice(0, 6).map((p) => (
              <span key={p}>{p}</span>
            ))}
            {problems.length > 6 && <span>… and {problems.length - 6} more</span>}
          </span>
        </ErrorNote>
      )}
    </fieldset>
  );
});

function CsvEntry({ logistic }: { logistic: boolean }) {
  const [text, setText] = useState('');
  const loadCsv = useRegStore((s) => s.loadCsv);
  return (
    <div className="csv-entry">
      <label className="field">
        <span>
          your own data as CSV: rows {logistic ? 'x1,x2,label (label 0 or 1)' : 'x,y'} (a header row is
          skipped)
        </span>
        <textarea
          aria-label="data CSV"
          rows={4}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="button" onClick={() => loadCsv(text)}>
        Load data
      </button>
    </div>
  );
}

/** Log-scale slider beside a λ spinbutton: 10^−4 … 10^3, with 0 at the far left. */
function LogLambda({ name, value, onChange }: { name: string; value: number; onChange(v: number): void }) {
  const pos = value > 0 && Number.isFinite(value) ? Math.max(-4.1, Math.min(3, Math.log10(value))) : -4.1;
  return (
    <input
      type="range"
      className="reg-log-slider"
      aria-label={`${name} on a log scale`}
      aria-valuetext={value > 0 ? `${name} ${value}` : `${name} 0`}
      min={-4.1}
      max={3}
      step={0.05}
      value={pos}
      onChange={(e) => {
        const t = Number(e.target.value);
        onChange(t <= -4.05 ? 0 : Number((10 ** t).toPrecision(3)));
      }}
    />
  );
}

/** Bayesian: condition on the first k points only, one more at a time (0 in the address: all). */
function PointsUsed() {
  const view = useSettings();
  const set = useRegStore((s) => s.set);
  const n = useRegStore((s) => pointCountOf(s.view));
  const used = view.upto > 0 ? Math.min(view.upto, n) : n;
  return (
    <div className="reg-lambda">
      <FieldSlider
        field={f.upto}
        value={used}
        view={view}
        min={1}
        max={Math.max(1, n)}
        onChange={(v) => set('upto', v >= n ? 0 : v)}
      />
      <div className="reg-buttons">
        <button type="button" onClick={() => set('upto', 1)} disabled={used <= 1}>
          Start from one point
        </button>
        <button type="button" onClick={() => set('upto', used + 1 >= n ? 0 : used + 1)} disabled={used >= n}>
          Add the next point
        </button>
      </div>
    </div>
  );
}

/** Model: polynomial degree, standardize, and the method with its λ. */
export const RegModelControls = memo(function RegModelControls() {
  const view = useSettings();
  const set = useRegStore((s) => s.set);
  return (
    <fieldset className="panel">
      <legend>Model</legend>
      {view.method !== 'logistic' && (
        <>
          <FieldSlider field={f.degree} value={view.degree} view={view} onChange={(v) => set('degree', v)} />
          <label className="check">
            <input
              type="checkbox"
              checked={view.standardize}
              onChange={(e) => set('standardize', e.target.checked)}
            />
            standardize
          </label>
        </>
      )}
      <div role="radiogroup" aria-label="method" className="reg-methods">
        <span className="field-caption">method</span>
        {REG_METHODS.map((m) => (
          <label key={m} className="check">
            <input
              type="radio"
              name="reg-method"
              checked={view.method === m}
              onChange={() => set('method', m)}
            />
            {REG_METHOD_NAMES[m]}
          </label>
        ))}
      </div>
      {view.method === 'gd' && (
        <div className="reg-lambda">
          <FieldNumber field={f.lr} value={view.lr} view={view} onCommit={(v) => set('lr', v)} />
          <FieldSlider
            field={f.steps}
            value={view.steps}
            view={view}
            onChange={(v) => set('steps', v)}
            max={500}
          />
          <label className="check">
            <input type="checkbox" checked={view.sgd} onChange={(e) => set('sgd', e.target.checked)} />
            stochastic (mini-batch)
          </label>
          {view.sgd && (
            <FieldNumber field={f.batch} value={view.batch} view={view} onCommit={(v) => set('batch', v)} />
          )}
          {view.sgd && view.data === 'own' && (
            <FieldNumber
              field={f.seed}
              value={view.seed}
              view={view}
              caption="seed (data and batches)"
              onCommit={(v) => set('seed', v)}
            />
          )}
        </div>
      )}
      {view.method === 'bayes' && (
        <div className="reg-lambda">
          <FieldNumber field={f.alpha} value={view.alpha} view={view} onCommit={(v) => set('alpha', v)} />
          <FieldNumber field={f.beta} value={view.beta} view={view} onCommit={(v) => set('beta', v)} />
          <PointsUsed />
        </div>
      )}
      {view.method === 'logistic' && (
        <div className="reg-lambda">
          <FieldNumber field={f.l2} value={view.l2} view={view} onCommit={(v) => set('l2', v)} />
          <LogLambda name="L2 strength" value={view.l2} onChange={(v) => set('l2', Math.min(100, v))} />
          <FieldNumber field={f.llr} value={view.llr} view={view} onCommit={(v) => set('llr', v)} />
          <FieldSlider
            field={f.steps}
            value={view.steps}
            view={view}
            onChange={(v) => set('steps', v)}
            max={500}
          />
        </div>
      )}
      {view.method === 'ridge' && (
        <div className="reg-lambda">
          <FieldNumber field={f.ridge} value={view.ridge} view={view} onCommit={(v) => set('ridge', v)} />
          <LogLambda name="ridge λ" value={view.ridge} onChange={(v) => set('ridge', v)} />
        </div>
      )}
      {view.method === 'lasso' && (
        <div className="reg-lambda">
          <FieldNumber field={f.lasso} value={view.lasso} view={view} onCommit={(v) => set('lasso', v)} />
          <LogLambda name="lasso λ" value={view.lasso} onChange={(v) => set('lasso', v)} />
        </div>
      )}
    </fieldset>
  );
});
