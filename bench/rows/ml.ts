/**
 * Machine-learning rows: TensorFlow Playground's largest network (2 inputs → 6 hidden layers of 8
 * tanh units → 1 sigmoid output) on 500 points of the circle set, ours against
 * @tensorflow/tfjs-core on its CPU backend, both starting from the same weights.
 *
 * tfjs-core's Node bundle registers no gradient functions (the union package @tensorflow/tfjs
 * does, from ES modules Node cannot load here), so the three this network needs are registered
 * below, written from their math. tfjs then differentiates the loss on its own tape
 * (optimizer.minimize → variableGrads), as a tfjs user's training loop does.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import type { BenchRow } from '../harness';
import {
  MlpPredictor,
  createMlpTrainer,
  initMlp,
  makeDataset,
  type Mlp,
  type MlpTrainer,
} from '../../src/core/index';

const SPEC = {
  sizes: [2, 8, 8, 8, 8, 8, 8, 1],
  activations: Array(6).fill('tanh'),
  output: 'sigmoid' as const,
};
const N = 500;
const BATCH = 10;
const LR = 0.03;
const GRID = 100;

function registerGradients(): void {
  if (tf.getGradient('BatchMatMul')) return;
  // z = a·b with a [m, k], b [k, n] (no transposes here): ∂/∂a = dz·bᵀ, ∂/∂b = aᵀ·dz.
  tf.registerGradient({
    kernelName: 'BatchMatMul',
    inputsToSave: ['a', 'b'],
    gradFunc: (dy, saved) => {
      const [a, b] = saved;
      const d = dy as tf.Tensor2D;
      return {
        a: () => tf.matMul(d, b as tf.Tensor2D, false, true),
        b: () => tf.matMul(a as tf.Tensor2D, d, true, false),
      };
    },
  });
  // z = a + b with the bias b [n] broadcast over the rows of a [m, n].
  tf.registerGradient({
    kernelName: 'Add',
    gradFunc: (dy) => {
      const d = dy as tf.Tensor;
      return { a: () => d, b: () => (d.rank === 2 ? tf.sum(d, 0) : d) };
    },
  });
  tf.registerGradient({
    kernelName: 'Tanh',
    outputsToSave: [true],
    gradFunc: (dy, saved) => ({ x: () => tf.mul(dy as tf.Tensor, tf.sub(1, tf.square(saved[0]))) }),
  });
}

/** Mean binary cross-entropy of the logits z against y (logit form), with ∂/∂z = (σ(z) − y)/m. */
const bceWithLogits = tf.customGrad((z, y, save) => {
  const zz = z as tf.Tensor;
  const yy = y as tf.Tensor;
  (save as tf.GradSaveFunc)([zz, yy]);
  const value = tf.mean(tf.add(tf.sub(tf.relu(zz), tf.mul(zz, yy)), tf.log1p(tf.exp(tf.neg(tf.abs(zz))))));
  const gradFunc = (dy: tf.Tensor, saved: tf.Tensor[]) => {
    const [zs, ys] = saved;
    return [tf.mul(dy, tf.div(tf.sub(tf.sigmoid(zs), ys), zs.shape[0] ?? 1)), tf.zerosLike(ys)];
  };
  return { value, gradFunc };
});

interface TfNet {
  ws: tf.Variable[];
  bs: tf.Variable[];
}

/** The same weights as tfjs variables: ours are [out][in], tf.matMul(a, W) wants W as [in][out]. */
function tfNet(net: Mlp): TfNet {
  const ws: tf.Variable[] = [];
  const bs: tf.Variable[] = [];
  net.layers.forEach((layer, l) => {
    const fanIn = SPEC.sizes[l];
    const fanOut = SPEC.sizes[l + 1];
    const w = new Float32Array(fanIn * fanOut);
    for (let j = 0; j < fanOut; j++)
      for (let i = 0; i < fanIn; i++) w[i * fanOut + j] = layer.weights[j * fanIn + i];
    ws.push(tf.variable(tf.tensor2d(w, [fanIn, fanOut])));
    bs.push(tf.variable(tf.tensor1d(Float32Array.from(layer.biases))));
  });
  return { ws, bs };
}

/** The logits of the output layer for the rows of x. */
function logits(net: TfNet, x: tf.Tensor2D): tf.Tensor2D {
  let a: tf.Tensor2D = x;
  for (let l = 0; l < net.ws.length; l++) {
    const z = tf.add(tf.matMul(a, net.ws[l]), net.bs[l]) as tf.Tensor2D;
    a = l < net.ws.length - 1 ? tf.tanh(z) : z;
  }
  return a;
}

function epochRow(): BenchRow {
  let trainer: MlpTrainer | undefined;
  let peer: TfNet | undefined;
  let xs: tf.Tensor2D[] = [];
  let ys: tf.Tensor2D[] = [];
  let xAll: tf.Tensor2D | undefined;
  let yAll: tf.Tensor2D | undefined;
  const sgd = tf.train.sgd(LR);
  return {
    name: 'mlp-epoch-vs-tfjs',
    unit: 'ms/epoch',
    kind: 'time',
    work: N,
    peerName: 'tfjs-core 4.22, cpu backend',
    target: 20,
    prepare: async () => {
      await tf.setBackend('cpu');
      registerGradients();
    },
    setup: () => {
      const d = makeDataset({ name: 'circle', n: N, noise: 0, seed: 1, trainFraction: 1 });
      if ('error' in d) throw new Error(d.error);
      const net = initMlp(SPEC, 1);
      trainer = createMlpTrainer(net, d.x, d.y, N, {
        optimizer: 'sgd',
        lr: LR,
        batchSize: BATCH,
        shuffle: false,
      });
      peer = tfNet(net);
      xAll = tf.tensor2d(Float32Array.from(d.x), [N, 2]);
      yAll = tf.tensor2d(Float32Array.from(d.y), [N, 1]);
      xs = [];
      ys = [];
      for (let s = 0; s < N; s += BATCH) {
        xs.push(tf.slice(xAll, [s, 0], [BATCH, 2]));
        ys.push(tf.slice(yAll, [s, 0], [BATCH, 1]));
      }
    },
    // Both sides: 50 SGD steps of batch 10 in order, then the full-training-set loss (our epoch() reports it).
    ours: () => {
      const t = trainer as MlpTrainer;
      const loss = t.epoch();
      if (t.stopReason) throw new Error(t.stopReason);
      return loss;
    },
    peer: () => {
      const net = peer as TfNet;
      const vars = [...net.ws, ...net.bs];
      for (let b = 0; b < xs.length; b++) {
        tf.tidy(() => {
          sgd.minimize(() => bceWithLogits(logits(net, xs[b]), ys[b]) as tf.Scalar, false, vars);
        });
      }
      return tf
        .tidy(() => bceWithLogits(logits(net, xAll as tf.Tensor2D), yAll as tf.Tensor2D))
        .dataSync()[0];
    },
  };
}

function boundaryRow(): BenchRow {
  let net: Mlp | undefined;
  let predictor: MlpPredictor | undefined;
  let peer: TfNet | undefined;
  let grid: tf.Tensor2D | undefined;
  const axis = Float64Array.from({ length: GRID }, (_, i) => -6 + (12 * i) / (GRID - 1));
  const out = new Float32Array(GRID * GRID);
  return {
    name: 'mlp-boundary-vs-tfjs',
    unit: 'ms/grid',
    kind: 'time',
    work: GRID * GRID,
    peerName: 'tfjs-core 4.22, cpu backend',
    target: 3,
    prepare: async () => {
      await tf.setBackend('cpu');
    },
    setup: () => {
      net = initMlp(SPEC, 1);
      predictor = new MlpPredictor(net);
      peer = tfNet(net);
      const pts = new Float32Array(2 * GRID * GRID);
      for (let j = 0, k = 0; j < GRID; j++) {
        for (let i = 0; i < GRID; i++, k++) {
          pts[2 * k] = axis[i];
          pts[2 * k + 1] = axis[j];
        }
      }
      grid = tf.tensor2d(pts, [GRID * GRID, 2]);
    },
    // Ours reloads the parameters each time, as a worker does after every training burst.
    ours: () => {
      const p = predictor as MlpPredictor;
      p.load(net as Mlp);
      p.predictGrid(axis, axis, out);
      return out[5050];
    },
    peer: () => tf.tidy(() => tf.sigmoid(logits(peer as TfNet, grid as tf.Tensor2D))).dataSync()[5050],
  };
}

export function mlRows(): BenchRow[] {
  return [epochRow(), boundaryRow()];
}
