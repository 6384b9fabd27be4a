import { memo, useState } from 'react';
import { CsvProblems } from '../shared/CsvProblems';
import { activationLabels, NN_FEATURES, nnFeatureLabels, type NnFeature } from '../../../core';
import { useNnStore } from '../../../stores/ml/nn/store';
import {
  hiddenLayers,
  MAX_LAYERS,
  MAX_UNITS,
  nnView,
  typedUnits,
  type DataSource,
  type NnView,
} from '../../../stores/ml/nn/view';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FieldNumber } from '../../../ui/FieldNumber';
import { FieldSelect } from '../../../ui/FieldSelect';
import { FieldSlider } from '../../../ui/FieldSlider';
import { NumberField } from '../../../ui/NumberField';

export const SOURCE_LABELS: Record<DataSource, string> = {
  circle: 'Circle (2 classes)',
  xor: 'XOR (2 classes)',
  gaussians: 'Two Gaussians (2 classes)',
  spiral: 'Spiral (2 classes)',
  blobs3: '3 Gaussian blobs',
  blobs4: '4 Gaussian blobs',
  blobs5: '5 Gaussian blobs',
  sine: 'Regression: y = sin x',
  step: 'Regression: y = step(x)',
  abs: 'Regression: y = |x|',
  curve: 'Regression: y = f(x), typed',
  plane: 'Regression: a plane over (x1, x2)',
  bumps: 'Regression: Gaussian bumps over (x1, x2)',
  own: 'Your own points (classes)',
  'own-regression': 'Your own points (y = f(x))',
};

const OPTIMIZER_LABELS: Record<NnView['optimizer'], string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};
const SPEED_LABELS: Record<NnView['speed'], string> = {
  full: 'full',
  slow: 'slow (10 epochs/s)',
  teaching: 'teaching (1 epoch/s)',
};

const f = nnView.fields;

const unitsProblem = (u: number) =>
  Number.isInteger(u) && u >= 1 && u <= MAX_UNITS
    ? null
    : `units must be a whole number from 1 to ${MAX_UNITS}`;

/** Data: the set, its size, noise, split and seed, and the student's own points by CSV. */
export const DataControls = memo(function DataControls() {
  const view = useNnStore((s) => s.view);
  const csvProblems = useNnStore((s) => s.csvProblems);
  const set = useNnStore((s) => s.set);
  const generated = view.data !== 'own' && view.data !== 'own-regression';
  return (
    <fieldset className="panel">
      <legend>Data</legend>
      <FieldSelect field={f.data} value={view.data} labels={SOURCE_LABELS} onChange={(v) => set('data', v)} />
      {view.data === 'curve' && <CurveField />}
      {generated && <FieldSlider field={f.n} value={view.n} onChange={(v) => set('n', v)} max={1000} />}
      {generated && <FieldSlider field={f.noise} value={view.noise} onChange={(v) => set('noise', v)} />}
      <FieldSlider
        field={f.trainFraction}
        value={view.trainFraction}
        onChange={(v) => set('trainFraction', v)}
      />
      <FieldNumber
        field={f.seed}
        value={view.seed}
        view={view}
        caption="seed (data, split, initial weights, shuffling)"
        onCommit={(v) => set('seed', v)}
      />
      <CsvEntry />
      <CsvProblems problems={csvProblems} />
    </fieldset>
  );
});

function CurveField() {
  const fn = useNnStore((s) => s.view.f);
  const set = useNnStore((s) => s.set);
  const [text, setText] = useState(fn);
  const problem = f.f.problem(text, {});
  return (
    <label className="field">
      <span>f(x)</span>
      <input
        type="text"
        aria-label="f(x)"
        value={text}
        spellCheck={false}
        aria-invalid={problem !== null}
        onChange={(e) => {
          setText(e.target.value);
          if (f.f.problem(e.target.value, {}) === null) set('f', e.target.value);
        }}
      />
      {problem && <ErrorNote>{problem}</ErrorNote>}
    </label>
  );
}

function CsvEntry() {
  const [text, setText] = useState('');
  const loadCsv = useNnStore((s) => s.loadCsv);
  const regression = useNnStore((s) => 'task' in s.data && s.data.task === 'regression');
  return (
    <div className="csv-entry">
      <label className="field">
        <span>your own data as CSV: {regression ? 'rows x,y' : 'rows x1,x2,label (label 0–9)'}</span>
        <textarea
          aria-label="data CSV"
          rows={4}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="button-row">
        <button type="button" onClick={() => loadCsv(text)}>
          Load data
        </button>
        <label className="file-button">
          <span>Open a file…</span>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-label="CSV file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > 2_000_000) {
                useNnStore.setState({
                  csvProblems: ['the file is larger than 2 MB; at most 2,000 rows are used'],
                });
              }
              void file
                .slice(0, 2_000_000)
                .text()
                .then((t) => {
                  setText(t.length > 20_000 ? t.slice(0, 20_000) + '\n…' : t);
                  loadCsv(t);
                });
            }}
          />
        </label>
      </div>
    </div>
  );
}

/** Network: inputs, hidden layers with their units and activations. */
export const NetworkControls = memo(function NetworkControls() {
  const view = useNnStore((s) => s.view);
  const oneD = useNnStore((s) => 'oneD' in s.data && s.data.oneD);
  const set = useNnStore((s) => s.set);
  const layers = hiddenLayers(view);
  const toggle = (k: NnFeature, on: boolean) => {
    const next = NN_FEATURES.filter((x) => (x === k ? on : view.features.includes(x)));
    if (next.length > 0) set('features', next);
  };
  const setLayer = (i: number, patch: { units?: number; activation?: NnView['activations'][number] }) => {
    const units = layers.map((_, j) => typedUnits(view, j));
    const acts = layers.map((l) => l.activation);
    if (patch.units !== undefined) units[i] = patch.units;
    if (patch.activation !== undefined) acts[i] = patch.activation;
    // Entries past the current depth are kept, so removing and re-adding a layer restores it.
    set('units', [...units, ...view.units.slice(units.length)]);
    set('activations', [...acts, ...view.activations.slice(acts.length)]);
  };
  return (
    <fieldset className="panel">
      <legend>Network</legend>
      <fieldset className="inputs">
        <legend>inputs</legend>
        {NN_FEATURES.map((k) => {
          const usable = !oneD || k === 'x1' || k === 'x1sq' || k === 'sinx1';
          return (
            <label key={k} className={`check${usable ? '' : ' unusable'}`}>
              <input
                type="checkbox"
                aria-label={nnFeatureLabels[k]}
                checked={view.features.includes(k)}
                disabled={!usable}
                onChange={(e) => toggle(k, e.target.checked)}
              />
              {nnFeatureLabels[k]}
            </label>
          );
        })}
      </fieldset>
      <FieldNumber
        field={f.layers}
        value={view.layers}
        view={view}
        caption={`hidden layers (0–${MAX_LAYERS})`}
        onCommit={(v) => set('layers', v)}
      />
      <ol className="layer-list">
        {layers.map((l, i) => (
          <li key={i}>
            <span className="layer-name">layer {i + 1}</span>
            <NumberField
              label={`units in layer ${i + 1}`}
              value={typedUnits(view, i)}
              integer
              problem={unitsProblem(typedUnits(view, i))}
              onCommit={(v) => setLayer(i, { units: v })}
            />
            <select
              aria-label={`activation of layer ${i + 1}`}
              value={l.activation}
              onChange={(e) => setLayer(i, { activation: e.target.value as NnView['activations'][number] })}
            >
              {Object.entries(activationLabels).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
    </fieldset>
  );
});

/** Training: optimizer, learning rate and schedule, batch size, L1/L2, epochs budget and speed. */
export const TrainingControls = memo(function TrainingControls() {
  const view = useNnStore((s) => s.view);
  const set = useNnStore((s) => s.set);
  const trainCount = useNnStore((s) => ('train' in s.data ? s.data.train.length : 0));
  return (
    <fieldset className="panel">
      <legend>Training</legend>
      <FieldSelect
        field={f.optimizer}
        value={view.optimizer}
        labels={OPTIMIZER_LABELS}
        onChange={(v) => set('optimizer', v)}
      />
      <FieldNumber field={f.lr} value={view.lr} view={view} onCommit={(v) => set('lr', v)} />
      <FieldSelect
        field={f.schedule}
        value={view.schedule}
        caption="learning-rate schedule"
        onChange={(v) => set('schedule', v)}
      />
      <FieldNumber
        field={f.batch}
        value={view.batch}
        view={view}
        caption={`batch size (1 … ${trainCount || 'all'}: ${view.batch >= trainCount ? 'full batch' : 'mini-batches'})`}
        onCommit={(v) => set('batch', v)}
      />
      <div className="pair">
        <FieldNumber field={f.l1} value={view.l1} view={view} onCommit={(v) => set('l1', v)} />
        <FieldNumber field={f.l2} value={view.l2} view={view} onCommit={(v) => set('l2', v)} />
      </div>
      <div className="pair">
        <FieldNumber
          field={{ ...f.budget, step: 100, min: 1 }}
          value={view.budget}
          view={view}
          onCommit={(v) => set('budget', v)}
        />
        <FieldSelect
          field={f.speed}
          value={view.speed}
          labels={SPEED_LABELS}
          onChange={(v) => set('speed', v)}
        />
      </div>
    </fieldset>
  );
});
