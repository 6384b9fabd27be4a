// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mlp } from '../../../src/core';

// The reveals start worker jobs; jsdom has no Worker, and the checks never need one.
vi.mock('../../../src/worker/client', () => ({
  computeClient: () => ({ run: () => new Promise(() => undefined), warm: () => undefined }),
}));

const { initMlp, mapNnFeatures, mlpMetrics, mlpTrain } = await import('../../../src/core');
const { datasetOf, featuresOf, specOf } = await import('../../../src/stores/ml/nn/data');
const { useNnStore } = await import('../../../src/stores/ml/nn/store');
const { nnView } = await import('../../../src/stores/ml/nn/view');
const { ML_EXERCISES, XOR_SOLUTION, XOR_MAX_UNITS, XOR_TARGET, DIVERGE_SCENE } =
  await import('../../../src/pages/MachineLearning/learn/exercises');
const { LINEAR_CIRCLE, SQUARES_CIRCLE, BATCH_ONE, FULL_BATCH } =
  await import('../../../src/pages/MachineLearning/learn/predictions');
const { hiddenUnits, sceneView } = await import('../../../src/pages/MachineLearning/learn/scene');

type View = typeof nnView.defaults;

/**
 * A scene trained as the worker trains it: the training rows, reshuffled every epoch from the view's seed,
 * for the view's budget. Returns the losses, the stop reason and the network's test accuracy.
 */
function trainScene(patch: Partial<View>) {
  const view = sceneView(patch);
  const data = datasetOf(view);
  if ('error' in data) throw new Error(data.error);
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
    epochs: view.budget,
    batchSize: view.batch,
    shuffle: true,
    seed: view.seed,
    l1: view.l1,
    l2: view.l2,
    schedule: view.schedule,
    horizon: view.budget,
  });
  const test = mlpMetrics(run.net, all, data.y, data.n, data.test);
  return { ...run, accuracy: test.accuracy ?? NaN, view, trainPoints: m };
}

/** Puts a trained network in the store as the worker's snapshot would. */
function setSnapshot(view: View, net: Mlp, epoch: number, stopReason: string | null = null) {
  useNnStore.getState().loadView(view, []);
  useNnStore.setState({
    running: false,
    snapshot: {
      epoch,
      trainLoss: 0.1,
      stopReason,
      weights: net.layers.map((l) => Float64Array.from(l.weights)),
      biases: net.layers.map((l) => Float64Array.from(l.biases)),
    } as never,
  });
}

const byId = (id: string) => {
  const e = ML_EXERCISES.find((x) => x.id === id);
  if (!e) throw new Error(`no exercise ${id}`);
  return e;
};
const live = (id: string) => {
  const a = byId(id).answer;
  if (a.kind !== 'live') throw new Error(`${id} is not live`);
  return a.check();
};
const choice = (id: string, i: number) => {
  const a = byId(id).answer;
  if (a.kind !== 'choice') throw new Error(`${id} is not a choice`);
  return a.check(i);
};
const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

beforeEach(() => {
  window.location.hash = '#/machine-learning';
  useNnStore.getState().loadView(nnView.defaults, []);
  useNnStore.setState({ snapshot: null, running: false });
});

describe('ML_EXERCISES', () => {
  it('has at least five exercises with unique ids, the three of issue 13 among them, each with hint and solution', () => {
    const ids = ML_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids).toEqual(expect.arrayContaining(['xor-fewest', 'linear-circle', 'diverge-lr']));
    for (const e of ML_EXERCISES) {
      expect(e.hint).toBeTruthy();
      expect(e.solution).toBeTruthy();
      if (e.answer.kind !== 'live') expect(e.reveal).toBeTypeOf('function');
    }
  });

  it('every live task is Not yet on the page as it opens (defaults, epoch 0), with a reason and no NaN', () => {
    for (const e of ML_EXERCISES) {
      if (e.answer.kind !== 'live') continue;
      const v = e.answer.check();
      expect(v.ok, e.id).toBe(false);
      expect(v.why).not.toMatch(/NaN|undefined/);
    }
  });
});

describe('parameter-count', () => {
  it('check(37) is Correct, check(36) Not yet; reveal() shows the default network', () => {
    const a = byId('parameter-count').answer;
    if (a.kind !== 'number') throw new Error('not a number');
    expect(a.check(37).ok).toBe(true);
    expect(a.check(36).ok).toBe(false);
    useNnStore.getState().set('layers', 1);
    byId('parameter-count').reveal!();
    expect(useNnStore.getState().view).toEqual(nnView.defaults);
  });
});

describe('xor-fewest', () => {
  const solved = trainScene(XOR_SOLUTION);

  it(`the solution scene (${XOR_MAX_UNITS} ReLU units) trained as the worker trains it reaches test accuracy ≥ ${XOR_TARGET}`, () => {
    expect(hiddenUnits(solved.view)).toBeLessThanOrEqual(XOR_MAX_UNITS);
    expect(solved.stop).toBeNull();
    expect(solved.accuracy).toBeGreaterThanOrEqual(XOR_TARGET);
  });

  it('check(): Correct on the solution’s trained network; Not yet before training, on the circle, with x1·x2, or with 8 units', () => {
    expect(live('xor-fewest').why).toMatch(/XOR/);
    setSnapshot(solved.view, solved.net, solved.losses.length);
    const v = live('xor-fewest');
    expect(v.ok).toBe(true);
    expect(v.why).toMatch(/3 hidden units reach a test accuracy of 0\.9\d/);

    setSnapshot({ ...solved.view, features: ['x1', 'x2', 'x1x2'] }, solved.net, 10);
    expect(live('xor-fewest').why).toMatch(/untick x1·x2/);

    const big = trainScene({ data: 'xor', budget: 300 });
    expect(big.accuracy).toBeGreaterThanOrEqual(XOR_TARGET);
    setSnapshot(big.view, big.net, 300);
    expect(live('xor-fewest')).toMatchObject({ ok: false });
    expect(live('xor-fewest').why).toMatch(/8 hidden units .*at most 3/);

    // A snapshot of another network than the view's is refused, not misread.
    setSnapshot(solved.view, big.net, 300);
    expect(live('xor-fewest').why).toMatch(/not the one the settings describe/);
  });

  it('applySolution() puts the scene in the store and the address', () => {
    byId('xor-fewest').applySolution();
    expect(useNnStore.getState().view).toMatchObject({ data: 'xor', layers: 1, units: [3] });
    expect(hashQuery().get('tab')).toBe('nn');
    expect(hashQuery().get('nn.data')).toBe('xor');
    expect(hashQuery().get('nn.act')).toBe('relu');
  });
});

describe('linear-circle and squares-circle', () => {
  it('the reveal of linear-circle (linear units on the circle) stays near 50 % test accuracy', () => {
    const r = trainScene(LINEAR_CIRCLE);
    expect(r.losses).toHaveLength(300);
    expect(r.accuracy).toBeGreaterThan(0.3);
    expect(r.accuracy).toBeLessThan(0.65);
  });

  it('the reveal of squares-circle (the same linear network with x1², x2²) reaches ≥ 95 %, as does tanh with x1²', () => {
    expect(trainScene(SQUARES_CIRCLE).accuracy).toBeGreaterThanOrEqual(0.95);
    expect(trainScene({ features: ['x1', 'x2', 'x1sq'], budget: 300 }).accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('check(1) and check(2) are the Correct answers; reveal() sets the scenes', () => {
    expect(choice('linear-circle', 1).ok).toBe(true);
    expect([0, 2, 3].map((i) => choice('linear-circle', i).ok)).toEqual([false, false, false]);
    expect(choice('squares-circle', 2).ok).toBe(true);
    expect([0, 1, 3].map((i) => choice('squares-circle', i).ok)).toEqual([false, false, false]);
    byId('linear-circle').reveal!();
    expect(useNnStore.getState().view.activations).toEqual(['linear', 'linear']);
    expect(hashQuery().get('nn.act')).toBe('linear,linear');
    byId('squares-circle').reveal!();
    expect(useNnStore.getState().view.features).toEqual(['x1', 'x2', 'x1sq', 'x2sq']);
  });
});

describe('diverge-lr', () => {
  it('the solution scene (sine, learning rate 1) diverges in epoch 1; 0.3 trains for 100 epochs', () => {
    const r = trainScene(DIVERGE_SCENE);
    expect(r.stop).toMatch(/^diverged/);
    expect(r.losses).toHaveLength(0);
    expect(trainScene({ ...DIVERGE_SCENE, lr: 0.3, budget: 100 }).stop).toBeNull();
    // The hint's claim: on the default circle even the largest rate does not diverge.
    expect(trainScene({ lr: 10, budget: 100 }).stop).toBeNull();
  });

  it('check(): Correct once the snapshot stopped with "diverged", Not yet while it trains fine', () => {
    const view = sceneView(DIVERGE_SCENE);
    const net = initMlp(specOf(view, datasetOf(view) as never), 1);
    setSnapshot(view, net, 12);
    expect(live('diverge-lr').why).toMatch(/epoch 12 .* without diverging at learning rate 1/);
    const reason = trainScene(DIVERGE_SCENE).stop!;
    setSnapshot(view, net, 0, reason);
    expect(live('diverge-lr')).toMatchObject({ ok: true });
    expect(live('diverge-lr').why).toContain('learning rate 1 is too large');
  });
});

describe('batch-noise', () => {
  it('batch size 1 makes the loss go up in many epochs, the full batch (all training points) in none', () => {
    const one = trainScene(BATCH_ONE);
    const full = trainScene(FULL_BATCH);
    expect(full.trainPoints).toBe(FULL_BATCH.batch);
    const ups = (l: number[]) => l.filter((v, i) => i > 0 && v > l[i - 1]).length;
    expect(ups(one.losses)).toBeGreaterThanOrEqual(20);
    expect(ups(full.losses)).toBe(0);
  });

  it('check(0) is Correct; reveal() trains batch size 1', () => {
    expect(choice('batch-noise', 0).ok).toBe(true);
    expect(choice('batch-noise', 1).ok).toBe(false);
    byId('batch-noise').reveal!();
    expect(useNnStore.getState().view.batch).toBe(1);
    expect(hashQuery().get('nn.batch')).toBe('1');
  });
});
