import { describe, expect, it } from 'vitest';
import { expectValidPython, hasPython, pythonRuns, runPython } from './python';
import { initMlp, mapNnFeatures, mlpTrain, NN_OPTIMIZER_NAMES, type Dataset } from '../../../src/core';
import { datasetOf, featuresOf, specOf } from '../../../src/stores/ml/nn/data';
import { nnView, type NnView } from '../../../src/stores/ml/nn/view';
import { mlPython, mlScene, py } from '../../../src/pages/MachineLearning/learn/python';

const hasNumpy = hasPython && pythonRuns('import numpy');
const hasTorch = hasPython && pythonRuns('import torch');

const viewOf = (patch: Partial<NnView>): NnView => ({ ...nnView.defaults, ...patch });

function dataOf(view: NnView): Dataset {
  const data = datasetOf(view);
  if ('error' in data) throw new Error(data.error);
  return data;
}

/** The page's core on the same scene: the training rows in order, batches in order (shuffle off). */
function coreLosses(view: NnView, epochs: number): number[] {
  const data = dataOf(view);
  const spec = specOf(view, data);
  const F = spec.sizes[0];
  const all = mapNnFeatures(data.x, data.n, featuresOf(view, data));
  const m = data.train.length;
  const x = new Float64Array(m * F);
  const y = new Float64Array(m);
  data.train.forEach((r, k) => {
    x.set(all.subarray(r * F, r * F + F), k * F);
    y[k] = data.y[r];
  });
  const run = mlpTrain(initMlp(spec, view.seed), x, y, m, {
    optimizer: view.optimizer,
    lr: view.lr,
    epochs,
    batchSize: view.batch,
    shuffle: false,
    seed: view.seed,
    l1: view.l1,
    l2: view.l2,
    schedule: view.schedule,
    horizon: view.budget,
  });
  return run.losses;
}

const finalLoss = (out: string, name: string): number => {
  const m = new RegExp(`${name}: final loss = (\\S+)`).exec(out);
  if (!m) throw new Error(`no final loss of ${name} in:\n${out}`);
  return Number(m[1]);
};

const script = (view: NnView, epochs: number) => mlPython(mlScene(view, dataOf(view), epochs, false));

describe('mlPython(mlScene(view, data, epochs))', () => {
  const view = viewOf({});
  const code = script(view, 20);

  it('mlPython(default view) holds the training points, the seed-1 initial weights and the settings at full precision', () => {
    const data = dataOf(view);
    const r = data.train[0];
    expect(code).toContain(`[${py(data.x[2 * r])}, ${py(data.x[2 * r + 1])}]`);
    const net = initMlp(specOf(view, data), 1);
    expect(code).toContain(`[[${py(net.layers[0].weights[0])}, ${py(net.layers[0].weights[1])}]`);
    expect(code).toContain('lr = 0.03\n');
    expect(code).toContain('batch_size = 10  # of 250 training points');
    expect(code).toContain('epochs = 20\n');
    expect(code).toContain("activations = ['tanh', 'tanh']");
    expect(code).toContain('binary_cross_entropy_with_logits');
    expect(code).toContain('torch.optim.SGD(model.parameters(), lr=lr)');
  });

  it('mlPython maps each optimizer to torch.optim with the page’s defaults', () => {
    const ctor = (optimizer: NnView['optimizer']) => script(viewOf({ optimizer }), 1);
    expect(ctor('momentum')).toContain('momentum = 0.9\n');
    expect(ctor('nesterov')).toContain('nesterov=True');
    expect(ctor('adagrad')).toContain('eps = 1e-10\n');
    expect(ctor('rmsprop')).toContain('torch.optim.RMSprop(model.parameters(), lr=lr, alpha=alpha, eps=eps)');
    expect(ctor('adam')).toContain('beta2 = 0.999\n');
  });

  it.skipIf(!hasPython)('mlPython is valid Python for every output, activation and schedule', () => {
    expectValidPython(code);
    expectValidPython(script(viewOf({ data: 'blobs3', activations: ['relu', 'gelu'] }), 3));
    expectValidPython(script(viewOf({ data: 'sine', activations: ['leaky-relu', 'sigmoid'] }), 3));
    for (const schedule of ['step', 'exponential', 'cosine'] as const)
      expectValidPython(script(viewOf({ schedule, layers: 0 }), 3));
  });

  it.skipIf(!hasNumpy)(
    'the NumPy script, full batch without shuffling, ends at core mlpTrain’s final loss (1e-6 relative) for every optimizer',
    () => {
      for (const optimizer of NN_OPTIMIZER_NAMES) {
        const v = viewOf({ optimizer, batch: 250, lr: optimizer === 'sgd' ? 0.3 : 0.03, l2: 0.001 });
        const ours = coreLosses(v, 25);
        expect(ours).toHaveLength(25);
        const theirs = finalLoss(runPython(script(v, 25)), 'NumPy');
        expect(Math.abs(theirs - ours[24]) / ours[24], optimizer).toBeLessThan(1e-6);
      }
    },
    60_000,
  );

  it.skipIf(!hasNumpy)(
    'the NumPy script matches mlpTrain for mini-batches in order, softmax with L1, MSE and GELU, and a schedule',
    () => {
      const cases: Partial<NnView>[] = [
        { batch: 10 },
        { data: 'blobs3', optimizer: 'adam', batch: 300, l1: 0.001, activations: ['relu', 'gelu'] },
        { data: 'sine', optimizer: 'rmsprop', batch: 32, activations: ['gelu', 'leaky-relu'] },
        { features: ['x1', 'x2', 'x1sq', 'x1x2', 'sinx2'], schedule: 'step', batch: 250, lr: 0.5 },
      ];
      for (const patch of cases) {
        const v = viewOf(patch);
        const ours = coreLosses(v, 30);
        const theirs = finalLoss(runPython(script(v, 30)), 'NumPy');
        expect(Math.abs(theirs - ours[29]) / ours[29], JSON.stringify(patch)).toBeLessThan(1e-6);
      }
    },
    60_000,
  );

  it.skipIf(!hasNumpy)(
    'the NumPy script stops on divergence as the page does (sine at learning rate 1)',
    () => {
      const v = viewOf({ data: 'sine', lr: 1 });
      expect(coreLosses(v, 5)).toHaveLength(0);
      const out = runPython(script(v, 5));
      expect(out).toMatch(/diverged after epoch 1/);
      expect(out).not.toMatch(/nan/i);
    },
  );

  it.skipIf(!hasTorch)('the PyTorch run ends where the NumPy run and mlpTrain end (full batch, Adam)', () => {
    const v = viewOf({ optimizer: 'adam', batch: 250, l1: 0.001 });
    const ours = coreLosses(v, 25);
    const out = runPython(script(v, 25));
    expect(Math.abs(finalLoss(out, 'PyTorch') - ours[24]) / ours[24]).toBeLessThan(1e-6);
  });
});
