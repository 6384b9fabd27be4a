import { describe, expect, it } from 'vitest';
import {
  compareBatchGradient,
  createMlpTrainer,
  initMlp,
  makeDataset,
  mapNnFeatures,
  mlpMetrics,
  mlpLossGradient,
  mlpTrain,
  type Dataset,
  type Mlp,
  type MlpSpec,
  type MlpTrainOptions,
} from '../../../../src/core/index';

const flat = (net: Mlp) => net.layers.flatMap((l) => [...l.weights, ...l.biases]);

function dataset(name: 'circle' | 'xor', seed: number): Dataset {
  const d = makeDataset({ name, n: 400, noise: 0, seed, trainFraction: 0.5 });
  if ('error' in d) throw new Error(d.error);
  return d;
}

const small: MlpSpec = { sizes: [2, 6, 6, 1], activations: ['tanh', 'tanh'], output: 'sigmoid' };

describe('createMlpTrainer(net, x, y, n, opts)', () => {
  const d = dataset('circle', 4);
  const opts: MlpTrainOptions = {
    optimizer: 'adam',
    lr: 0.02,
    epochs: 6,
    batchSize: 16,
    shuffle: true,
    seed: 9,
    l2: 1e-3,
  };

  it('epoch by epoch gives exactly mlpTrain’s losses and network', () => {
    const net = initMlp(small, 1);
    const ref = mlpTrain(net, d.x, d.y, d.n, opts);
    const trainer = createMlpTrainer(net, d.x, d.y, d.n, opts);
    const losses = Array.from({ length: 6 }, () => trainer.epoch());
    expect(losses).toEqual(ref.losses);
    expect(flat(trainer.net)).toEqual(flat(ref.net));
    expect(trainer.epochCount).toBe(6);
    expect(trainer.stepCount).toBe(6 * Math.ceil(400 / 16));
  });

  it('never changes the network it was given (nor does mlpTrain)', () => {
    const net = initMlp(small, 2);
    const before = flat(net);
    mlpTrain(net, d.x, d.y, d.n, opts);
    createMlpTrainer(net, d.x, d.y, d.n, opts).train(3);
    expect(flat(net)).toEqual(before);
  });

  it('trains on the given rows only: its objective is the loss on those rows plus the penalty', () => {
    const net = initMlp(small, 3);
    const trainer = createMlpTrainer(net, d.x, d.y, d.n, { ...opts, rows: d.train });
    trainer.epoch();
    const xs = mapNnFeatures(d.x, d.n, ['x1', 'x2']);
    const sub = (a: Float64Array, w: number) =>
      Float64Array.from(Array.from(d.train).flatMap((r) => Array.from(a.subarray(r * w, r * w + w))));
    const direct = mlpLossGradient(trainer.net, sub(xs, 2), sub(d.y, 1), d.train.length, { l2: 1e-3 }).loss;
    expect(trainer.loss).toBeCloseTo(direct, 12);
    expect(trainer.dataLoss(d.test)).toBeCloseTo(mlpMetrics(trainer.net, d.x, d.y, d.n, d.test).loss, 12);
  });

  it('keeps Adam’s step count across epochs and restarts state only for a new optimizer', () => {
    const net = initMlp(small, 4);
    const a = createMlpTrainer(net, d.x, d.y, d.n, { ...opts, shuffle: false });
    const b = createMlpTrainer(net, d.x, d.y, d.n, { ...opts, shuffle: false });
    a.epoch();
    b.epoch();
    a.configure({ lr: 0.01 });
    b.configure({ optimizer: 'sgd' });
    b.configure({ optimizer: 'adam', lr: 0.01 });
    expect(a.epoch()).not.toBe(b.epoch());
    const c = createMlpTrainer(net, d.x, d.y, d.n, { ...opts, shuffle: false });
    c.epoch();
    c.configure({ lr: 0.01 });
    c.epoch();
    expect(flat(c.net)).toEqual(flat(a.net));
  });

  it('stops on divergence with a reason in words and keeps the last good network', () => {
    const spec: MlpSpec = { sizes: [2, 8, 1], activations: ['relu'], output: 'linear' };
    const r = makeDataset({ name: 'plane', n: 100, noise: 0, seed: 1, trainFraction: 1 });
    if ('error' in r) throw new Error(r.error);
    const trainer = createMlpTrainer(initMlp(spec, 1), r.x, r.y, r.n, {
      optimizer: 'sgd',
      lr: 50,
      batchSize: 100,
    });
    const done = trainer.train(50);
    expect(done).toBeLessThan(50);
    expect(trainer.stopReason).toMatch(/^diverged: .*learning rate 50/);
    expect(flat(trainer.net).every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(trainer.loss)).toBe(true);
    const before = trainer.epochCount;
    trainer.epoch();
    expect(trainer.epochCount).toBe(before);
    trainer.configure({ lr: 1e-3 });
    expect(trainer.stopReason).toBeNull();
    trainer.epoch();
    expect(trainer.epochCount).toBe(before + 1);
    const run = mlpTrain(initMlp(spec, 1), r.x, r.y, r.n, {
      optimizer: 'sgd',
      lr: 50,
      batchSize: 100,
      epochs: 50,
      shuffle: false,
      seed: 0,
    });
    expect(run.stop).toMatch(/^diverged/);
    expect(run.losses.length).toBeLessThan(50);
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });

  it('applies the calculus page’s schedules once per epoch (step: halves every stepEvery epochs)', () => {
    const trainer = createMlpTrainer(initMlp(small, 1), d.x, d.y, d.n, {
      optimizer: 'sgd',
      lr: 0.4,
      batchSize: 50,
      schedule: 'step',
      decay: 0.5,
      stepEvery: 2,
    });
    const rates = Array.from({ length: 5 }, () => (trainer.epoch(), trainer.learningRate));
    expect(rates).toEqual([0.4, 0.2, 0.2, 0.1, 0.1]);
  });
});

describe('seeded training reaches ≥ 95% test accuracy with a small tanh network', () => {
  it.each(['circle', 'xor'] as const)('%s', (name) => {
    const d = dataset(name, 17);
    const net = initMlp(small, 17);
    const trainer = createMlpTrainer(net, d.x, d.y, d.n, {
      optimizer: 'adam',
      lr: 0.03,
      batchSize: 10,
      shuffle: true,
      seed: 17,
      rows: d.train,
    });
    trainer.train(150);
    expect(trainer.stopReason).toBeNull();
    const m = mlpMetrics(trainer.net, d.x, d.y, d.n, d.test);
    expect(m.accuracy).toBeGreaterThanOrEqual(0.95);
    const c = m.confusion as Int32Array;
    expect(c.reduce((s, v) => s + v, 0)).toBe(d.test.length);
  });
});

describe('compareBatchGradient(net, x, y, rows, batchRows, reg)', () => {
  it('gives cosine 1 and no difference for the full batch, norms and cosine in range for a small one', () => {
    const d = dataset('xor', 2);
    const net = initMlp(small, 2);
    const all = Int32Array.from({ length: d.n }, (_, k) => k);
    const same = compareBatchGradient(net, d.x, d.y, all, all, { l2: 0.01 });
    expect(same.cosine).toBeCloseTo(1, 12);
    expect(same.differenceNorm).toBe(0);
    const full = mlpLossGradient(net, d.x, d.y, d.n, { l2: 0.01 }).grads.flatMap((l) => [
      ...l.weights,
      ...l.biases,
    ]);
    expect(same.fullNorm).toBeCloseTo(Math.hypot(...full), 12);
    const few = compareBatchGradient(net, d.x, d.y, all, all.subarray(0, 5));
    expect(few.cosine).toBeGreaterThanOrEqual(-1);
    expect(few.cosine).toBeLessThanOrEqual(1);
    expect(few.differenceNorm).toBeGreaterThan(0);
  });
});
