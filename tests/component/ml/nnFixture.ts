// Snapshots for the network panel's tests, made by the core directly (as the worker would), not by the worker.
import { initMlp, mapNnFeatures, mlpLossGradient, mlpPredictGrid, type Mlp } from '../../../src/core';
import { datasetOf, featuresOf, specOf } from '../../../src/stores/ml/nn/data';
import { nnView, type NnView } from '../../../src/stores/ml/nn/view';
import type { Snapshot } from '../../../src/pages/MachineLearning/nn/network/model';

export function viewWith(patch: Partial<NnView>): NnView {
  return { ...nnView.defaults, ...patch };
}

const axis = (count: number, extent: number) =>
  Float64Array.from({ length: count }, (_, i) => -extent + (2 * extent * (i + 0.5)) / count);

/** The snapshot the worker would send at epoch 0 for this view (weights from the seed, full-batch gradients). */
export function snapshotOf(view: NnView, net?: Mlp): Snapshot {
  const data = datasetOf(view);
  if ('error' in data) throw new Error(data.error);
  const spec = specOf(view, data);
  const features = featuresOf(view, data);
  const model = net ?? initMlp(spec, view.seed);
  const x = mapNnFeatures(data.x, data.n, features);
  const F = features.length;
  const rows = data.train;
  const xt = new Float64Array(rows.length * F);
  const yt = new Float64Array(rows.length);
  rows.forEach((r, k) => {
    for (let f = 0; f < F; f++) xt[k * F + f] = x[r * F + f];
    yt[k] = data.y[r];
  });
  const { loss, grads } = mlpLossGradient(model, xt, yt, rows.length);
  const thumbs = data.oneD ? 48 : 16;
  const rowsT = data.oneD ? 1 : thumbs;
  const unitCount = spec.sizes.slice(1).reduce((a, b) => a + b, 0);
  const units = new Float32Array(unitCount * thumbs * rowsT);
  const K = spec.sizes[spec.sizes.length - 1];
  mlpPredictGrid(
    model,
    axis(thumbs, 6),
    data.oneD ? [0] : axis(thumbs, 6),
    new Float32Array(thumbs * rowsT * K),
    {
      features,
      units,
    },
  );
  return {
    session: 'test',
    epoch: 0,
    trainLoss: loss,
    testLoss: NaN,
    trainAccuracy: null,
    testAccuracy: null,
    r2: null,
    testR2: null,
    confusion: null,
    stopReason: null,
    epochsPerSecond: 0,
    weights: model.layers.map((l) => Float64Array.from(l.weights)),
    biases: model.layers.map((l) => Float64Array.from(l.biases)),
    gradWeights: grads.map((l) => Float64Array.from(l.weights)),
    gradBiases: grads.map((l) => Float64Array.from(l.biases)),
    picture: new Float32Array(0),
    units,
    history: new Float64Array(0),
  };
}

/** jsdom has no 2-D canvas: the thumbnails are skipped (as they are in any browser without one), quietly. */
export function quietCanvas(): void {
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}
