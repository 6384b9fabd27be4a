import { useMemo } from 'react';
import { useNnStore } from '../../../stores/ml/nn/store';
import { formatNumber } from '../../../ui/Readout';
import { classColor } from '../shared/colors';
import { DataPlot, type PlotPoints } from '../shared/DataPlot';
import { outputKind } from './outputKind';
import { valueScale, type PictureKind } from '../shared/heatmap';
import { ClassKey } from '../shared/markers';

/**
 * The big picture: the network's output (decision regions, regression surface or curve) under the data, or,
 * after a click on a unit of the diagram, that unit's output. Editing points here edits the data set.
 */
export function BigPicture({ size, extent }: { size: number; extent: number }) {
  const data = useNnStore((s) => s.data);
  const snapshot = useNnStore((s) => s.snapshot);
  const focus = useNnStore((s) => s.focus);
  const brush = useNnStore((s) => s.brush);
  const dataSource = useNnStore((s) => s.view.data);
  const sizes = useMemo(
    () =>
      snapshot
        ? [
            snapshot.weights[0] ? snapshot.weights[0].length / Math.max(1, snapshot.biases[0].length) : 0,
            ...snapshot.biases.map((b) => b.length),
          ]
        : [],
    [snapshot],
  );
  const { addPoint, movePoint, removePoint, setBrush, setFocus } = useNnStore.getState();

  const points: PlotPoints = useMemo(() => {
    if ('error' in data)
      return { x: new Float64Array(0), y: new Float64Array(0), n: 0, isTest: new Uint8Array(0) };
    const isTest = new Uint8Array(data.n);
    for (const i of data.test) isTest[i] = 1;
    return { x: data.x, y: data.y, n: data.n, isTest };
  }, [data]);

  const ok = !('error' in data);
  const task = ok ? data.task : 'classification';
  const oneD = ok && data.oneD;
  const classes = ok ? data.classes : 2;
  const yDomain = useMemo<[number, number]>(() => {
    if (!ok || !oneD || data.n === 0) return [-2, 2];
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < data.n; i++) {
      lo = Math.min(lo, data.y[i]);
      hi = Math.max(hi, data.y[i]);
    }
    const pad = Math.max(0.5, (hi - lo) * 0.15);
    return [lo - pad, hi + pad];
  }, [data, ok, oneD]);

  // The picture: the output lattice, or one unit's thumbnails (coarser) when a unit is in focus.
  const stale = snapshot && ok && snapshot.picture.length === 0;
  let picture: ArrayLike<number> | null = snapshot && !stale ? snapshot.picture : null;
  let lattice = oneD ? 240 : 64;
  // The output's kind as the 3-D view reads it too: class probabilities, or values around the data's mean.
  let kind: PictureKind = ok ? outputKind(data) : { kind: 'probability', outputs: 1 };
  let focusLabel = 'the network’s output';
  if (snapshot && focus) {
    const [layer, unit] = focus;
    const thumbs = oneD ? 48 : 16;
    const cells = oneD ? thumbs : thumbs * thumbs;
    const before = sizes.slice(1, layer).reduce((a, b) => a + b, 0);
    const start = (before + unit) * cells;
    if (start + cells <= snapshot.units.length) {
      picture = snapshot.units.subarray(start, start + cells);
      lattice = thumbs;
      kind = { kind: 'value', scale: valueScale(picture) };
      focusLabel = `unit ${unit + 1} of ${layer === sizes.length - 1 ? 'the output layer' : `hidden layer ${layer}`}`;
    }
  }

  const editable = ok && dataSource !== 'plane' && dataSource !== 'bumps';
  const description = ok
    ? `${data.n} points (${data.train.length} for training, ${data.test.length} for testing; test points hollow). ` +
      (snapshot
        ? `Picture: ${focusLabel} after ${snapshot.epoch} epochs; training loss ${formatNumber(snapshot.trainLoss, 4)}.`
        : 'No network yet.')
    : data.error;
  return (
    <div className="big-picture">
      {ok && task === 'classification' && editable && (
        <fieldset className="brush">
          <legend>a click adds a point of class</legend>
          {Array.from(
            { length: Math.min(5, Math.max(2, classes + (dataSource === 'own' ? 1 : 0))) },
            (_, k) => (
              <label key={k} className="check">
                <input type="radio" name="nn-brush" checked={brush === k} onChange={() => setBrush(k)} />
                <ClassKey k={k} color={classColor(k)} />
              </label>
            ),
          )}
        </fieldset>
      )}
      {focus && (
        <p className="focus-note">
          Showing {focusLabel}.{' '}
          <button type="button" className="link" onClick={() => setFocus(null)}>
            Show the output again
          </button>
        </p>
      )}
      <DataPlot
        size={size}
        extent={extent}
        task={task}
        oneD={oneD}
        points={points}
        picture={picture}
        lattice={lattice}
        pictureKind={kind}
        yDomain={yDomain}
        label={`Data and ${focusLabel}`}
        text={{ description }}
        editable={editable}
        brush={brush}
        onAdd={(x1, x2, label) => addPoint({ x1, x2, label: oneD ? 0 : label })}
        onMove={(i, x1, x2) => movePoint(i, { x1, x2, label: oneD ? 0 : (points.y[i] ?? 0) })}
        onRemove={removePoint}
      />
    </div>
  );
}
