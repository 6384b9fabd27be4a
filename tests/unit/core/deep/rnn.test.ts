// rnnStates and rnnGradientNorms against tests/fixtures/ml.json: 1e-9 relative, also where the norm has
// vanished (the README asks for relative accuracy of products of small matrices).
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/ml.json';
import {
  clipByNorm,
  rnnGradientNorms,
  rnnStates,
  spectralNorm,
  spectralRadius,
} from '../../../../src/core/deep/index';
import { expectClose, expectMatrixClose } from './close';

interface RnnCase {
  label: string;
  W: number[][];
  U: number[][];
  b: number[];
  xs: number[][];
  h0: number[];
  states: number[][];
  gradientNorms: number[];
}
const cases = (fixture as unknown as { deepLearning: { rnn: RnnCase[] } }).deepLearning.rnn;

describe('rnnStates and rnnGradientNorms against the fixtures', () => {
  it.each(cases.map((c) => [c.label, c] as const))('%s', (_, c) => {
    expectMatrixClose(rnnStates(c.W, c.U, c.b, c.xs, c.h0), c.states, 1e-9, 1e-12, 'states');
    const norms = rnnGradientNorms(c.W, c.U, c.b, c.xs, c.h0);
    expect(norms).toHaveLength(c.gradientNorms.length);
    norms.forEach((x, t) => expectClose(x, c.gradientNorms[t], 1e-9, 0, `gradientNorms[${t}]`));
  });
});

/** ‖∏ J‖₂ by a plain product and the 2×2 closed form σ₁ = √((‖P‖_F² + √(‖P‖_F⁴ − 4 det²))/2). */
function naiveNorms(W: number[][], states: number[][]): number[] {
  let p = [
    [1, 0],
    [0, 1],
  ];
  return states.map((h) => {
    p = [0, 1].map((i) => [0, 1].map((c) => (1 - h[i] * h[i]) * (W[i][0] * p[0][c] + W[i][1] * p[1][c])));
    const f2 = p.flat().reduce((s, x) => s + x * x, 0);
    const det = p[0][0] * p[1][1] - p[0][1] * p[1][0];
    return Math.sqrt((f2 + Math.sqrt(Math.max(0, f2 * f2 - 4 * det * det))) / 2);
  });
}

describe('rnnGradientNorms keeps relative accuracy when the gradient vanishes', () => {
  const W = [
    [0.05, -0.02],
    [0.03, 0.04],
  ];
  const U = [[1], [-0.5]];
  const b = [0.1, -0.2];
  const h0 = [0, 0];

  it('W of spectral norm ≈ 0.06 over T = 15: norms down to ~1e-18 match a direct product (1e-9 relative)', () => {
    const xs = Array.from({ length: 15 }, (_, t) => [Math.sin(t)]);
    const norms = rnnGradientNorms(W, U, b, xs, h0);
    const direct = naiveNorms(W, rnnStates(W, U, b, xs, h0));
    expect(norms[14]).toBeLessThan(1e-17);
    norms.forEach((x, t) => expectClose(x, direct[t], 1e-9, 0, `t = ${t + 1}`));
  });

  it('T = 400: the norm (~1e-490) underflows only at the end, monotone and positive until then', () => {
    const xs = Array.from({ length: 400 }, () => [0.5]);
    const norms = rnnGradientNorms(W, U, b, xs, h0);
    const positive = norms.filter((x) => x > 0);
    expect(positive.length).toBeGreaterThan(200);
    for (let t = 1; t < positive.length; t++) expect(positive[t]).toBeLessThan(positive[t - 1]);
    expect(norms.slice(positive.length).every((x) => x === 0)).toBe(true);
  });

  it('an exploding W (ρ = 1.5) stays finite while the states saturate', () => {
    const Wbig = [
      [1.1473, -0.9663],
      [0.9663, 1.1473],
    ];
    const xs = Array.from({ length: 50 }, () => [0]);
    const norms = rnnGradientNorms(Wbig, U, [0, 0], xs, [0.01, 0]);
    expect(norms.every(Number.isFinite)).toBe(true);
  });
});

describe('rnnStates bad input', () => {
  it('huge entries of W: the overflow is named, not NaN', () => {
    const W = [
      [1e308, 1e308],
      [1e308, 1e308],
    ];
    expect(() => rnnStates(W, [[0], [0]], [0, 0], [[1]], [1, 1])).toThrow(/overflow/);
  });

  it.each([
    ['W not square', [[1, 2]], [[1]], [0], [[1]], [0]],
    ['U with the wrong rows', [[1]], [[1], [2]], [0], [[1]], [0]],
    ['x of the wrong width', [[1]], [[1]], [0], [[1, 2]], [0]],
    ['h0 of the wrong length', [[1]], [[1]], [0], [[1]], [0, 0]],
  ])('throws a RangeError on %s', (_, W, U, b, xs, h0) => {
    expect(() => rnnStates(W, U, b, xs, h0)).toThrow(RangeError);
    expect(() => rnnGradientNorms(W, U, b, xs, h0)).toThrow(RangeError);
  });
});

describe('spectralRadius, spectralNorm, clipByNorm', () => {
  it('spectralRadius of a scaled rotation 1.5·R(θ) is 1.5 and its spectral norm too (1e-12)', () => {
    const t = 0.7;
    const W = [
      [1.5 * Math.cos(t), -1.5 * Math.sin(t)],
      [1.5 * Math.sin(t), 1.5 * Math.cos(t)],
    ];
    expectClose(spectralRadius(W), 1.5, 1e-12, 0, 'ρ');
    expectClose(spectralNorm(W), 1.5, 1e-12, 0, '‖W‖₂');
  });

  it('a shear [[0.5, 10], [0, 0.5]] has ρ = 0.5 but ‖W‖₂ > 10', () => {
    const W = [
      [0.5, 10],
      [0, 0.5],
    ];
    expectClose(spectralRadius(W), 0.5, 1e-9, 0, 'ρ');
    expect(spectralNorm(W)).toBeGreaterThan(10);
  });

  it('clipByNorm([3, 4], 1) is [0.6, 0.8]; below the threshold the vector is unchanged', () => {
    const c = clipByNorm([3, 4], 1);
    expectClose(c[0], 0.6, 1e-15, 0, 'x');
    expectClose(c[1], 0.8, 1e-15, 0, 'y');
    expect(clipByNorm([3, 4], 10)).toEqual([3, 4]);
    expect(clipByNorm([0, 0], 1)).toEqual([0, 0]);
    expect(() => clipByNorm([1], 0)).toThrow(RangeError);
  });
});
