import { memo, useState } from 'react';
import { CsvProblems } from '../shared/CsvProblems';
import { FieldSelect } from '../../../ui/FieldSelect';
import { DATA_FILES, MAX_CSV_ROWS } from '../../../stores/ml/pca/data';
import { usePcaSettings, usePcaStore } from '../../../stores/ml/pca/store';
import {
  CLUSTER_SPACES,
  GMM_INITS,
  KMEANS_INITS,
  MAX_COLUMNS,
  PCA_SOURCE_NAMES,
  pcaView,
} from '../../../stores/ml/pca/view';
import { ErrorNote } from '../../../ui/ErrorNote';
import { FieldNumber } from '../../../ui/FieldNumber';
import { FieldSlider } from '../../../ui/FieldSlider';

const f = pcaView.fields;

/** The data picker, its source and licence, the dropped-rows count, the CSV entry and standardize. */
export const PcaDataControls = memo(function PcaDataControls() {
  const view = usePcaSettings();
  const table = usePcaStore((s) => s.table);
  const loading = usePcaStore((s) => s.loading);
  const loadError = usePcaStore((s) => s.loadError);
  const problems = usePcaStore((s) => s.csvProblems);
  const set = usePcaStore((s) => s.set);
  const source = DATA_FILES[view.data]?.source;
  return (
    <fieldset className="panel">
      <legend>Data</legend>
      <FieldSelect
        field={pcaView.fields.data}
        value={view.data}
        labels={PCA_SOURCE_NAMES}
        onChange={(v) => set('data', v)}
      />
      {source && <p className="pca-source">{source} See docs/datasets.md.</p>}
      {loading && <p className="pca-source">Loading the data file…</p>}
      {loadError && <ErrorNote>{loadError}</ErrorNote>}
      {table && (
        <p className="pca-source" role="status">
          {table.n} rows × {table.d} columns
          {view.data === 'penguins' || table.dropped > 0
            ? `; ${table.dropped} rows with a missing measurement were dropped`
            : ''}
          .
        </p>
      )}
      {view.data === 'own' && (
        <p className="hint">
          Click the plot below to add a point, drag one to move it, right-click (or Delete) to remove it. Your
          points are kept in the address.
        </p>
      )}
      {view.data === 'csv' && !table && (
        <p className="hint">Paste a table below: pasted tables stay in this page, not in the address.</p>
      )}
      <CsvEntry />
      <CsvProblems problems={problems} />
      <label className="check">
        <input
          type="checkbox"
          checked={view.standardize}
          onChange={(e) => set('standardize', e.target.checked)}
        />
        standardize
      </label>
      <FieldSlider
        field={f.k}
        value={view.k}
        view={view}
        onChange={(v) => set('k', v)}
        max={table ? table.d : MAX_COLUMNS}
      />
    </fieldset>
  );
});

function CsvEntry() {
  const [text, setText] = useState('');
  const loadCsv = usePcaStore((s) => s.loadCsv);
  return (
    <div className="csv-entry">
      <label className="field">
        <span>
          CSV of numeric columns: a header row, then up to {MAX_CSV_ROWS.toLocaleString('en')} rows ×{' '}
          {MAX_COLUMNS} columns
        </span>
        <textarea
          aria-label="data CSV"
          rows={3}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="button" onClick={() => loadCsv(text)}>
        Load table
      </button>
    </div>
  );
}

const INIT_NAMES: Record<string, string> = {
  'kmeans++': 'k-means++',
  random: 'random points',
  kmeans: 'from k-means',
};

/** What is clustered, k-means and the mixture's settings, the seed, and the step / run / reset buttons. */
export const ClusterControls = memo(function ClusterControls() {
  const view = usePcaSettings();
  const table = usePcaStore((s) => s.table);
  const stepping = usePcaStore((s) => s.stepping);
  const ready = usePcaStore((s) => s.cluster !== null);
  const set = usePcaStore((s) => s.set);
  const store = usePcaStore.getState;
  const columns = table?.columns ?? [];
  return (
    <fieldset className="panel">
      <legend>Clustering</legend>
      {view.data !== 'own' && (
        <label className="field">
          <span>cluster on</span>
          <select
            aria-label="cluster on"
            value={view.on}
            onChange={(e) => set('on', e.target.value as (typeof CLUSTER_SPACES)[number])}
          >
            <option value="scores">the first two PCA scores</option>
            <option value="columns">two columns of the data</option>
          </select>
        </label>
      )}
      {view.data !== 'own' && view.on === 'columns' && (
        <>
          <ColumnPicker
            label="first column"
            value={view.cx}
            columns={columns}
            onChange={(v) => set('cx', v)}
          />
          <ColumnPicker
            label="second column"
            value={view.cy}
            columns={columns}
            onChange={(v) => set('cy', v)}
          />
        </>
      )}
      <FieldSlider
        field={f.clusters}
        value={view.clusters}
        view={view}
        onChange={(v) => set('clusters', v)}
      />
      <label className="field">
        <span>k-means initialisation</span>
        <select
          aria-label="k-means initialisation"
          value={view.init}
          onChange={(e) => set('init', e.target.value as (typeof KMEANS_INITS)[number])}
        >
          {KMEANS_INITS.map((i) => (
            <option key={i} value={i}>
              {INIT_NAMES[i]}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="button" disabled={!ready || stepping} onClick={() => store().kmeansStep()}>
          k-means step
        </button>
        <button type="button" disabled={!ready || stepping} onClick={() => store().runKmeans()}>
          Run k-means
        </button>
      </div>
      <FieldSlider field={f.mixture} value={view.mixture} view={view} onChange={(v) => set('mixture', v)} />
      <label className="field">
        <span>EM initialisation</span>
        <select
          aria-label="EM initialisation"
          value={view.minit}
          onChange={(e) => set('minit', e.target.value as (typeof GMM_INITS)[number])}
        >
          {GMM_INITS.map((i) => (
            <option key={i} value={i}>
              {INIT_NAMES[i]}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button type="button" disabled={!ready || stepping} onClick={() => store().emStep()}>
          EM step
        </button>
        <button type="button" disabled={!ready || stepping} onClick={() => store().runEm()}>
          Run EM
        </button>
      </div>
      <FieldNumber field={f.seed} value={view.seed} view={view} onCommit={(v) => set('seed', v)} />
      <button type="button" onClick={() => store().resetClustering()}>
        Reset clustering
      </button>
    </fieldset>
  );
});

function ColumnPicker({
  label,
  value,
  columns,
  onChange,
}: {
  label: string;
  value: number;
  columns: string[];
  onChange(v: number): void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {columns.map((c, j) => (
          <option key={j} value={j}>
            {j + 1}: {c}
          </option>
        ))}
        {value >= columns.length && <option value={value}>column {value + 1} (not in this table)</option>}
      </select>
    </label>
  );
}
