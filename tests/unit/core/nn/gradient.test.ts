import { describe, expect, it } from 'vitest';
import {
  activationDerivative,
  activationValue,
  createRng,
  initMlp,
  mlpBackpropTrace,
  mlpForwardTrace,
  mlpFromParams,
  mlpLossGradient,
  mlpPredict,
  type Mlp,
  type MlpSpec,
} from '../../../../src/core/index';

/** Central difference of the objective along one parameter, step h (error O(h²)). */
function numericGradient(
  net: Mlp,
  x: Float64Array,
  y: Float64Array,
  n: number,
  reg: { l1?: number; l2?: number },
) {
  const h = 1e-6;
  return net.layers.map((layer) =>
    (['weights', 'biases'] as const).map((key) =>
      Array.from(layer[key], (v, k) => {
        layer[key][k] = v + h;
        const up = mlpLossGradient(net, x, y, n, reg).loss;
        layer[key][k] = v - h;
        const down = mlpLossGradient(net, x, y, n, reg).loss;
        layer[key][k] = v;
        return (up - down) / (2 * h);
      }),
    ),
  );
}

function data(spec: MlpSpec, n: number, seed: number) {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: n * spec.sizes[0] }, () => 4 * rng.next() - 2);
  const K = spec.sizes[spec.sizes.length - 1];
  const y =
    spec.output === 'softmax'
      ? Float64Array.from({ length: n }, () => Math.floor(rng.next() * K))
      : spec.output === 'sigmoid'
        ? Float64Array.from({ length: n * K }, () => (rng.next() < 0.5 ? 0 : 1))
        : Float64Array.from({ length: n * K }, () => 2 * rng.next() - 1);
  return { x, y };
}

const specs: MlpSpec[] = [
  { sizes: [2, 5, 4, 1], activations: ['gelu', 'tanh'], output: 'sigmoid' },
  { sizes: [3, 6, 3], activations: ['leaky-relu'], output: 'softmax' },
  { sizes: [2, 4, 4, 2], activations: ['sigmoid', 'gelu'], output: 'linear' },
  { sizes: [2, 3, 3, 1], activations: ['relu', 'linear'], output: 'linear' },
  { sizes: [2, 3], activations: [], output: 'softmax' },
];

describe('mlpLossGradient: finite-difference checks', () => {
  it.each(specs.map((s) => [JSON.stringify(s), s] as const))(
    '%s: analytic gradient within 1e-6 of central differences (with L2)',
    (_, spec) => {
      const net = initMlp(spec, 3);
      // Shift biases off 0 so that no ReLU sits exactly on its kink in the data.
      net.layers.forEach((l) => l.biases.forEach((_, k) => (l.biases[k] = 0.05 * (k + 1))));
      const { x, y } = data(spec, 7, 11);
      const reg = { l2: 0.07 };
      const { grads } = mlpLossGradient(net, x, y, 7, reg);
      const numeric = numericGradient(net, x, y, 7, reg);
      grads.forEach((g, l) => {
        g.weights.forEach((v, k) => expect(Math.abs(v - numeric[l][0][k])).toBeLessThan(1e-6));
        g.biases.forEach((v, k) => expect(Math.abs(v - numeric[l][1][k])).toBeLessThan(1e-6));
      });
    },
  );

  it('L1 adds l1·sign(w) to weights only, and 0 where w = 0', () => {
    const spec: MlpSpec = { sizes: [2, 3, 1], activations: ['tanh'], output: 'sigmoid' };
    const net = initMlp(spec, 1);
    net.layers[0].weights[2] = 0;
    const { x, y } = data(spec, 5, 2);
    const plain = mlpLossGradient(net, x, y, 5).grads;
    const l1 = mlpLossGradient(net, x, y, 5, { l1: 0.5 }).grads;
    net.layers.forEach((layer, l) => {
      layer.weights.forEach((w, k) =>
        expect(l1[l].weights[k] - plain[l].weights[k]).toBeCloseTo(0.5 * Math.sign(w), 14),
      );
      expect(Array.from(l1[l].biases)).toEqual(Array.from(plain[l].biases));
    });
  });
});

describe('activationValue / activationDerivative(name, z)', () => {
  it('GELU is z·Φ(z) with erf and leaky ReLU has slope 0.01, derivatives matching differences', () => {
    expect(activationValue('gelu', 1)).toBeCloseTo(0.8413447460685429, 15);
    expect(activationValue('gelu', -2)).toBeCloseTo(-0.04550026389635842, 15);
    expect(activationValue('leaky-relu', -3)).toBe(-0.03);
    expect(activationDerivative('relu', 0)).toBe(0);
    expect(activationDerivative('leaky-relu', 0)).toBe(0.01);
    for (const name of ['relu', 'tanh', 'sigmoid', 'linear', 'gelu', 'leaky-relu']) {
      for (const z of [-2.3, -0.4, 0.7, 3.1]) {
        const fd = (activationValue(name, z + 1e-6) - activationValue(name, z - 1e-6)) / 2e-6;
        expect(Math.abs(activationDerivative(name, z) - fd)).toBeLessThan(1e-8);
      }
    }
    expect(activationValue('swish', 1)).toBeNaN();
  });
});

describe('mlpForwardTrace / mlpBackpropTrace(net, xRow, yRow)', () => {
  const spec: MlpSpec = { sizes: [2, 4, 3, 3], activations: ['tanh', 'relu'], output: 'softmax' };
  const net = initMlp(spec, 5);
  net.layers.forEach((l) => l.biases.fill(0.1));
  const xRow = [0.7, -1.2];

  it('ends in mlpPredict’s outputs and keeps z and a = f(z) of every layer', () => {
    const t = mlpForwardTrace(net, xRow);
    expect(Array.from(t.input)).toEqual(xRow);
    expect(Array.from(t.post[2])).toEqual(Array.from(mlpPredict(net, Float64Array.from(xRow), 1)));
    t.pre[0].forEach((z, j) => expect(t.post[0][j]).toBeCloseTo(Math.tanh(z), 15));
    t.pre[1].forEach((z, j) => expect(t.post[1][j]).toBe(Math.max(0, z)));
  });

  it('gives the one-point gradient of mlpLossGradient and δ = f′(z)·upstream, ∂L/∂w = δ·a', () => {
    const t = mlpBackpropTrace(net, xRow, 2);
    const r = mlpLossGradient(net, Float64Array.from(xRow), Float64Array.of(2), 1);
    expect(t.loss).toBeCloseTo(r.loss, 14);
    r.grads.forEach((g, l) => {
      g.weights.forEach((v, k) => expect(t.grads[l].weights[k]).toBeCloseTo(v, 14));
      g.biases.forEach((v, k) => expect(t.delta[l][k]).toBeCloseTo(v, 14));
    });
    t.delta.forEach((d, l) =>
      d.forEach((v, j) => expect(v).toBeCloseTo(t.slope[l][j] * t.upstream[l][j], 14)),
    );
    const below = t.post[0];
    expect(t.grads[1].weights[2 * 4 + 3]).toBeCloseTo(t.delta[1][2] * below[3], 14);
  });
});

describe('mlpFromParams(spec, layers)', () => {
  it('copies the parameters and refuses wrong shapes or specs with a RangeError', () => {
    const spec: MlpSpec = { sizes: [1, 1], activations: [], output: 'linear' };
    const w = [2];
    const net = mlpFromParams(spec, [{ weights: w, biases: [1] }]);
    w[0] = 5;
    expect(net.layers[0].weights[0]).toBe(2);
    expect(() => mlpFromParams(spec, [{ weights: [1, 2], biases: [1] }])).toThrow(RangeError);
    expect(() => initMlp({ sizes: [2, 3, 1], activations: ['swish'], output: 'linear' }, 1)).toThrow(/swish/);
    expect(() => initMlp({ sizes: [2, 1], activations: [], output: 'softmax' }, 1)).toThrow(RangeError);
  });
});
