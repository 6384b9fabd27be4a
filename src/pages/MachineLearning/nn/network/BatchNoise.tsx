import { useId, useMemo, useState } from 'react';
import { compareBatchGradient, createRng, type GradientComparison } from '../../../../core';
import { formatNumber, Readout } from '../../../../ui/Readout';
import { parameterName, type NetModel } from './model';

/**
 * Mini-batch `index` (cycling) of a seeded shuffle of the training rows, as the trainer draws batches: each
 * batch `size` rows, the last one partial.
 */
export function batchRows(train: Int32Array, size: number, index: number, seed: number): Int32Array {
  const rows = Int32Array.from(train);
  const rng = createRng(seed);
  for (let k = rows.length - 1; k > 0; k--) {
    const r = Math.floor(rng.next() * (k + 1));
    [rows[k], rows[r]] = [rows[r], rows[k]];
  }
  const B = Math.max(1, Math.min(size, rows.length));
  const count = Math.max(1, Math.ceil(rows.length / B));
  const b = ((index % count) + count) % count;
  return rows.subarray(b * B, Math.min(rows.length, (b + 1) * B));
}

/** The two coordinates where the full gradient (else the batch one) is largest. */
function topTwo(c: GradientComparison): [number, number] {
  const g = c.fullNorm > 0 ? c.full : c.batch;
  let a = 0;
  let b = g.length > 1 ? 1 : 0;
  if (Math.abs(g[b]) > Math.abs(g[a])) [a, b] = [b, a];
  for (let k = 2; k < g.length; k++) {
    const v = Math.abs(g[k]);
    if (v > Math.abs(g[a])) [a, b] = [k, a];
    else if (v > Math.abs(g[b])) b = k;
  }
  return [a, b];
}

/**
 * What the batch size does: the gradient of one mini-batch beside the whole training set's, by norm, by the
 * cosine of the angle between them, and drawn on the two coordinates where the full gradient is largest.
 */
export function BatchNoise({
  model,
  batchSize,
  reg,
  seed,
}: {
  model: NetModel | null;
  batchSize: number;
  reg: { l1: number; l2: number };
  seed: number;
}) {
  const [index, setIndex] = useState(0);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const train = model?.data.train;
  const N = train?.length ?? 0;
  const B = Math.max(1, Math.min(Number.isFinite(batchSize) ? Math.round(batchSize) : 1, N));
  const batches = Math.max(1, Math.ceil(N / B));
  const result = useMemo(() => {
    if (!model?.net || !train || N === 0) return null;
    const rows = batchRows(train, B, index, seed);
    return { rows, c: compareBatchGradient(model.net, model.x, model.data.y, train, rows, reg) };
  }, [model, train, N, B, index, seed, reg]);
  if (!model || !result)
    return <p>The gradients appear once the network is built and there are training points.</p>;
  const { c, rows } = result;
  const [a, b] = topTwo(c);
  const size = 200;
  const top = Math.max(
    Math.abs(c.full[a]),
    Math.abs(c.full[b]),
    Math.abs(c.batch[a]),
    Math.abs(c.batch[b]),
    1e-300,
  );
  const to = (g: Float64Array) => [
    size / 2 + ((0.42 * size * g[a]) / top || 0),
    size / 2 - ((0.42 * size * g[b]) / top || 0),
  ];
  const [fx, fy] = to(c.full);
  const [bx, by] = to(c.batch);
  const cos = Number.isFinite(c.cosine) ? c.cosine : null;
  return (
    <div className="batch-noise">
      <div className="button-row">
        <button type="button" onClick={() => setIndex((k) => (k + 1) % batches)} disabled={batches <= 1}>
          New mini-batch
        </button>
        <span className="fine">
          batch {(index % batches) + 1} of {batches}: {rows.length} of {N} training points
        </span>
      </div>
      <div className="readouts">
        <Readout label="full-batch gradient norm" value={c.fullNorm} format={(v) => formatNumber(v, 4)} />
        <Readout label="mini-batch gradient norm" value={c.batchNorm} format={(v) => formatNumber(v, 4)} />
        <Readout
          label="cosine"
          value={cos}
          format={(v) => formatNumber(v, 4)}
          title="cos of the angle between the two gradients"
        />
        <Readout label="difference norm" value={c.differenceNorm} format={(v) => formatNumber(v, 4)} />
      </div>
      {cos === null && <p>The cosine is undefined here: one of the two gradients is zero.</p>}
      <p>
        {B >= N
          ? 'The batch is the whole training set, so the two gradients are the same: lower the batch size to see the noise.'
          : cos !== null && cos > 0.9
            ? 'The mini-batch points almost the same way as the full gradient: steps are a little noisy but on course.'
            : 'The mini-batch gradient points a noticeably different way: each step wanders, which a smaller learning rate or a larger batch calms.'}
      </p>
      <svg className="batch-arrows" width={size} height={size} role="img" aria-labelledby={`${uid}-cap`}>
        <defs>
          {['full', 'batch'].map((k) => (
            <marker
              key={k}
              id={`${uid}-${k}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10Z" className={`arrow-head ${k}`} />
            </marker>
          ))}
        </defs>
        <line className="batch-axis" x1={0} x2={size} y1={size / 2} y2={size / 2} />
        <line className="batch-axis" x1={size / 2} x2={size / 2} y1={0} y2={size} />
        <line
          className="batch-arrow full"
          x1={size / 2}
          y1={size / 2}
          x2={fx}
          y2={fy}
          markerEnd={`url(#${uid}-full)`}
        />
        <line
          className="batch-arrow batch"
          x1={size / 2}
          y1={size / 2}
          x2={bx}
          y2={by}
          markerEnd={`url(#${uid}-batch)`}
        />
      </svg>
      <p className="fine" id={`${uid}-cap`}>
        The two gradients on the coordinates where the full gradient is largest: across,{' '}
        {parameterName(model.spec, model.features, a)}; up, {parameterName(model.spec, model.features, b)}.
        Solid: full batch ({formatNumber(c.full[a], 3)}, {formatNumber(c.full[b], 3)}); dashed: mini-batch (
        {formatNumber(c.batch[a], 3)}, {formatNumber(c.batch[b], 3)}). A step moves against the arrow.
      </p>
    </div>
  );
}
