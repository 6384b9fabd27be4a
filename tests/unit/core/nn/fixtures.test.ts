import { describe, expect, it } from 'vitest';
import fixtures from '../../../fixtures/ml.json';
import {
  initMlp,
  mlpFromParams,
  mlpLossGradient,
  mlpPredict,
  mlpTrain,
  type Mlp,
  type MlpSpec,
  type MlpTrainOptions,
} from '../../../../src/core/index';

// Tolerances from tests/fixtures/README.md (ml.json, nn).
const PREDICT_REL = 1e-9;
const TRAIN_REL = 1e-8;
const TRAIN_FLOOR = 1e-10;

interface Layer {
  weights: number[];
  biases: number[];
}
interface ForwardCase {
  label: string;
  spec: MlpSpec;
  layers: Layer[];
  n: number;
  x: number[];
  y: number[];
  predict: number[];
  gradients: { reg: { l1?: number; l2?: number } | null; loss: number; grads: Layer[] }[];
}
interface TrainCase {
  label: string;
  spec: MlpSpec;
  layers: Layer[];
  n: number;
  x: number[];
  y: number[];
  opts: MlpTrainOptions;
  final: Layer[];
  losses: number[];
  dataLosses?: number[];
}

const nn = fixtures.nn as unknown as { initSpecs: MlpSpec[]; forward: ForwardCase[]; train: TrainCase[] };

function expectRel(actual: ArrayLike<number>, expected: ArrayLike<number>, rel: number, floor: number): void {
  expect(actual.length).toBe(expected.length);
  for (let k = 0; k < expected.length; k++) {
    const tol = Math.max(rel * Math.abs(expected[k]), floor);
    expect(
      Math.abs(actual[k] - expected[k]),
      `entry ${k}: ${actual[k]} vs ${expected[k]}`,
    ).toBeLessThanOrEqual(tol);
  }
}

const params = (net: Mlp) =>
  net.layers.map((l) => ({ weights: Array.from(l.weights), biases: Array.from(l.biases) }));

describe('mlpPredict(net, x, n) against NumPy', () => {
  it.each(nn.forward.map((c) => [c.label, c] as const))('%s: outputs to 1e-9 relative', (_, c) => {
    const net = mlpFromParams(c.spec, c.layers);
    expectRel(mlpPredict(net, Float64Array.from(c.x), c.n), c.predict, PREDICT_REL, 0);
  });
});

describe('mlpLossGradient(net, x, y, n, reg) against NumPy', () => {
  const cases = nn.forward.flatMap((c) =>
    c.gradients.map((g) => [c.label, JSON.stringify(g.reg), c, g] as const),
  );
  it.each(cases)(
    '%s, reg %s: loss 1e-9 relative, gradients 1e-9 relative (floor 1e-12 × max)',
    (_, __, c, g) => {
      const net = mlpFromParams(c.spec, c.layers);
      const r = mlpLossGradient(net, Float64Array.from(c.x), Float64Array.from(c.y), c.n, g.reg ?? undefined);
      expect(Math.abs(r.loss - g.loss)).toBeLessThanOrEqual(PREDICT_REL * Math.abs(g.loss));
      const all = g.grads.flatMap((l) => [...l.weights, ...l.biases]);
      const floor = 1e-12 * Math.max(...all.map(Math.abs));
      g.grads.forEach((l, k) => {
        expectRel(r.grads[k].weights, l.weights, PREDICT_REL, floor);
        expectRel(r.grads[k].biases, l.biases, PREDICT_REL, floor);
      });
    },
  );
});

describe('mlpTrain(net, x, y, n, opts) against a transcription of torch.optim', () => {
  it.each(nn.train.map((c) => [c.label, c.opts.optimizer, c] as const))(
    '%s (%s): final parameters and losses to 1e-8 relative',
    (_, __, c) => {
      const net = mlpFromParams(c.spec, c.layers);
      const before = params(net);
      const r = mlpTrain(net, Float64Array.from(c.x), Float64Array.from(c.y), c.n, c.opts);
      expect(r.stop).toBeNull();
      c.final.forEach((l, k) => {
        expectRel(r.net.layers[k].weights, l.weights, TRAIN_REL, TRAIN_FLOOR);
        expectRel(r.net.layers[k].biases, l.biases, TRAIN_REL, TRAIN_FLOOR);
      });
      // The contract's losses hold the objective (data loss + penalty); the fixture's `losses` do too.
      expectRel(r.losses, c.losses, TRAIN_REL, TRAIN_FLOOR);
      expect(params(net)).toEqual(before);
    },
  );
});

describe('initMlp(spec, seed)', () => {
  it.each(nn.initSpecs.map((s) => [JSON.stringify(s.sizes), s] as const))(
    '%s: shapes, same seed same weights',
    (_, s) => {
      const a = initMlp(s, 7);
      const b = initMlp(s, 7);
      const c = initMlp(s, 8);
      expect(a.layers).toHaveLength(s.sizes.length - 1);
      a.layers.forEach((l, k) => {
        expect(l.weights).toHaveLength(s.sizes[k] * s.sizes[k + 1]);
        expect(l.biases).toHaveLength(s.sizes[k + 1]);
        expect(l.weights.every(Number.isFinite)).toBe(true);
      });
      expect(params(a)).toEqual(params(b));
      expect(params(a)).not.toEqual(params(c));
    },
  );
});
