// Attention at a temperature so small that score/T overflows (T = 1e-320): the weights are the T → 0⁺ limit
// (one-hot on the largest score), never NaN; before, exp(∞ − ∞) made every weight and output NaN.
import { describe, expect, it } from 'vitest';
import { attention } from '../../../../src/core';

const Q = [
  [1, 0],
  [0, 1],
];
const K = [
  [2, 0],
  [1, 1],
  [-1, 0],
];
const V = [[1], [2], [3]];

describe('attention with a tiny temperature', () => {
  it('T = 1e-320 gives the same weights as T = 0 (one-hot on the largest score)', () => {
    const tiny = attention(Q, K, V, { temperature: 1e-320 });
    const zero = attention(Q, K, V, { temperature: 0 });
    expect(tiny.weights).toEqual(zero.weights);
    expect(tiny.output).toEqual(zero.output);
    expect(tiny.weights.flat().every(Number.isFinite)).toBe(true);
  });

  it('T = 1e-3 is nearly one-hot, T = 1 matches the textbook softmax of QKᵀ/√d', () => {
    expect(attention(Q, K, V, { temperature: 1e-3 }).weights[0][0]).toBeCloseTo(1, 12);
    const w = attention(Q, K, V).weights[0];
    const s = [2, 1, -1].map((x) => Math.exp(x / Math.SQRT2));
    const sum = s[0] + s[1] + s[2];
    s.forEach((x, j) => expect(w[j]).toBeCloseTo(x / sum, 14));
  });
});
