import { describe, expect, it } from 'vitest';
import {
  createMlpTrainer,
  initMlp,
  makeDataset,
  mlpLossGradient,
  mlpPredict,
  mlpUnitContributions,
  type Dataset,
  type MlpSpec,
} from '../../../../src/core/index';

function xor(): Dataset {
  const d = makeDataset({ name: 'xor', n: 120, noise: 0.1, seed: 3, trainFraction: 1 });
  if ('error' in d) throw new Error(d.error);
  return d;
}

const spec: MlpSpec = { sizes: [2, 5, 1], activations: ['tanh'], output: 'sigmoid' };

describe('MlpTrainer.gradient() and compareBatch(batch)', () => {
  it('gradient() is mlpLossGradient over the training rows, penalty included', () => {
    const d = xor();
    const trainer = createMlpTrainer(initMlp(spec, 1), d.x, d.y, d.n, {
      optimizer: 'momentum',
      lr: 0.1,
      batchSize: 20,
      l1: 0.01,
      l2: 0.02,
    });
    trainer.train(2);
    const expected = mlpLossGradient(trainer.net, d.x, d.y, d.n, { l1: 0.01, l2: 0.02 }).grads;
    trainer.gradient().forEach((g, l) => {
      g.weights.forEach((v, k) => expect(v).toBeCloseTo(expected[l].weights[k], 13));
      g.biases.forEach((v, k) => expect(v).toBeCloseTo(expected[l].biases[k], 13));
    });
  });

  it('compareBatch: the full batch agrees with itself; a batch of 1 is noisier than a batch of 60', () => {
    const d = xor();
    const make = (batchSize: number) =>
      createMlpTrainer(initMlp(spec, 2), d.x, d.y, d.n, {
        optimizer: 'sgd',
        lr: 0.1,
        batchSize,
        shuffle: true,
        seed: 1,
      });
    const all = make(120).compareBatch();
    expect(all.cosine).toBeCloseTo(1, 12);
    const mean = (size: number) => {
      const t = make(size);
      t.epoch();
      let s = 0;
      for (let b = 0; b < 120 / size; b++) s += t.compareBatch(b).differenceNorm;
      return s / (120 / size);
    };
    expect(mean(1)).toBeGreaterThan(mean(60));
  });
});

describe('mlpUnitContributions(net, xs)', () => {
  it('splits a one-hidden-layer 1-D network’s output into v_u·h_u(x) terms that sum to it', () => {
    const net = initMlp({ sizes: [1, 4, 1], activations: ['relu'], output: 'linear' }, 5);
    net.layers[1].biases[0] = 0.3;
    const xs = [-3, -1, 0.5, 2];
    const c = mlpUnitContributions(net, xs);
    if (!c) throw new Error('expected contributions');
    expect(c.terms).toHaveLength(4);
    const y = mlpPredict(net, Float64Array.from(xs), 4);
    xs.forEach((x, k) => {
      expect(c.sum[k]).toBeCloseTo(y[k], 14);
      const h = Math.max(0, net.layers[0].weights[1] * x + net.layers[0].biases[1]);
      expect(c.terms[1][k]).toBeCloseTo(net.layers[1].weights[1] * h, 14);
    });
    expect(mlpUnitContributions(initMlp(spec, 1), xs)).toBeNull();
  });
});
