import { describe, expect, it } from 'vitest';
import {
  MlpPredictor,
  initMlp,
  mapNnFeatures,
  mlpMetrics,
  mlpPredict,
  mlpPredictGrid,
  type MlpSpec,
} from '../../../../src/core/index';

describe('mlpPredictGrid(net, xs, ys, out, { features, units })', () => {
  const spec: MlpSpec = { sizes: [3, 4, 3], activations: ['tanh'], output: 'softmax' };
  const net = initMlp(spec, 8);
  const xs = [-2, 0, 1.5];
  const ys = [-1, 3];
  const features = ['x1', 'x1x2', 'sinx2'] as const;

  it('equals mlpPredict on the feature rows of the grid points, row j at ys[j]', () => {
    const points = ys.flatMap((y) => xs.map((x) => [x, y])).flat();
    const expected = mlpPredict(net, mapNnFeatures(points, 6, features), 6);
    const out = new Float64Array(18);
    mlpPredictGrid(net, xs, ys, out, { features });
    expect(Array.from(out)).toEqual(Array.from(expected));
    const out32 = new Float32Array(18);
    mlpPredictGrid(net, xs, ys, out32, { features });
    out32.forEach((v, k) => expect(v).toBeCloseTo(expected[k], 6));
  });

  it('writes every hidden unit’s and output’s value on the grid into units', () => {
    const out = new Float64Array(18);
    const units = new Float64Array(7 * 6);
    new MlpPredictor(net).predictGrid(xs, ys, out, { features, units });
    // The point (x, y) = (1.5, −1) is grid index 2; hidden unit 1 is tanh(W₁·φ + b₁).
    const phi = [1.5, -1.5, Math.sin(-1)];
    const w = net.layers[0].weights;
    const z = net.layers[0].biases[1] + w[3] * phi[0] + w[4] * phi[1] + w[5] * phi[2];
    expect(units[1 * 6 + 2]).toBeCloseTo(Math.tanh(z), 14);
    expect(units[(4 + 2) * 6 + 2]).toBe(out[2 * 3 + 2]);
    expect(() => new MlpPredictor(net).predictGrid(xs, ys, out, { features: ['x1'] })).toThrow(RangeError);
  });

  it('MlpPredictor.load picks up new parameters', () => {
    const p = new MlpPredictor(net);
    const other = initMlp(spec, 9);
    p.load(other);
    const out = new Float64Array(3);
    p.predictInto([0.1, 0.2, 0.3], 1, out);
    expect(Array.from(out)).toEqual(Array.from(mlpPredict(other, Float64Array.of(0.1, 0.2, 0.3), 1)));
  });
});

describe('mlpMetrics(net, x, y, n, rows)', () => {
  it('regression: R² = 1 − SS_res/SS_tot and loss = MSE', () => {
    const spec: MlpSpec = { sizes: [1, 1], activations: [], output: 'linear' };
    const net = initMlp(spec, 1);
    net.layers[0].weights[0] = 1;
    net.layers[0].biases[0] = 0;
    const m = mlpMetrics(net, [0, 1, 2, 3], [0, 1, 2, 5], 4);
    expect(m.loss).toBeCloseTo(1, 14);
    expect(m.r2).toBeCloseTo(1 - 4 / 14, 14);
    expect(m.accuracy).toBeNull();
  });

  it('classification: accuracy in [0, 1] and a confusion matrix by [true][predicted]', () => {
    const spec: MlpSpec = { sizes: [1, 1], activations: [], output: 'sigmoid' };
    const net = initMlp(spec, 1);
    net.layers[0].weights[0] = 1;
    net.layers[0].biases[0] = 0;
    const m = mlpMetrics(net, [-1, 2, 3, -4], [0, 1, 0, 1], 4, [0, 1, 2]);
    expect(m.accuracy).toBeCloseTo(2 / 3, 15);
    expect(Array.from(m.confusion as Int32Array)).toEqual([1, 1, 0, 1]);
  });
});
