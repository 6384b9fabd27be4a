/**
 * `mlp-epoch-vs-brainjs` (report): one epoch of online training (batch 1, in order) of TensorFlow Playground's
 * largest network, 2 inputs → 6 hidden layers of 8 tanh units → 1 output, on the same 500 points of the circle.
 *
 * brain.js can express the network but not exactly the training: it has no mini-batches (every sample is a
 * step), its momentum must lie in (0, 1), and its output unit uses the hidden activation (tanh) with squared
 * error. So both sides take 500 steps of SGD with momentum 0.1 at learning rate 0.03 (brain.js's update
 * Δ = lr·g + μ·Δ_prev is PyTorch's v = μv + g, w −= lr·v), ours with its sigmoid output and cross-entropy.
 * The output unit is 9 of the 241 parameters; the cost of an epoch is the same work on both sides.
 */
// brain.js is CommonJS: Node's ES module loader sees only its default export.
import brain from 'brain.js';
import type { BenchRow } from '../harness';
import { createMlpTrainer, initMlp, makeDataset, type MlpTrainer } from '../../src/core/index';

const SPEC = {
  sizes: [2, 8, 8, 8, 8, 8, 8, 1],
  activations: Array(6).fill('tanh'),
  output: 'sigmoid' as const,
};
const N = 500;
const LR = 0.03;
const MOMENTUM = 0.1;
/** One pass over the samples, whatever the error. */
const EPOCH = { iterations: 1, errorThresh: 1e-12, learningRate: LR, momentum: MOMENTUM };

export function brainRows(): BenchRow[] {
  let trainer: MlpTrainer | undefined;
  let peer: InstanceType<typeof brain.NeuralNetwork> | undefined;
  let samples: { input: number[]; output: number[] }[] = [];
  return [
    {
      name: 'mlp-epoch-vs-brainjs',
      unit: 'ms/epoch',
      kind: 'time',
      work: N,
      peerName: 'brain.js 1.6.1, online SGD (batch 1)',
      target: null,
      setup: () => {
        const d = makeDataset({ name: 'circle', n: N, noise: 0, seed: 1, trainFraction: 1 });
        if ('error' in d) throw new Error(d.error);
        trainer = createMlpTrainer(initMlp(SPEC, 1), d.x, d.y, N, {
          optimizer: 'momentum',
          momentum: MOMENTUM,
          lr: LR,
          batchSize: 1,
          shuffle: false,
        });
        samples = Array.from({ length: N }, (_, i) => ({
          input: [d.x[2 * i], d.x[2 * i + 1]],
          output: [d.y[i]],
        }));
        peer = new brain.NeuralNetwork({ hiddenLayers: [8, 8, 8, 8, 8, 8], activation: 'tanh' });
        // The first call sizes and initialises the network; the timed calls each train one epoch.
        peer.train(samples, EPOCH);
      },
      ours: () => {
        const t = trainer as MlpTrainer;
        const loss = t.epoch();
        if (t.stopReason) throw new Error(t.stopReason);
        return loss;
      },
      peer: () => (peer as InstanceType<typeof brain.NeuralNetwork>).train(samples, EPOCH).error,
    },
  ];
}
