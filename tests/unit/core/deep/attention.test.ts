// attention against tests/fixtures/ml.json: 1e-9 relative (floor 1e-12), rows of weights summing to 1
// within 1e-12, masked weights exactly 0; with causal, scores above the diagonal are not compared.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../../fixtures/ml.json';
import { attention, attentionFromEmbeddings } from '../../../../src/core/deep/index';
import { expectClose, expectMatrixClose } from './close';

interface AttentionCase {
  Q: number[][];
  K: number[][];
  V: number[][];
  opts: { causal?: boolean; temperature?: number } | null;
  scores: number[][];
  weights: number[][];
  output: number[][];
}
const cases = (fixture as unknown as { deepLearning: { attention: AttentionCase[] } }).deepLearning.attention;

const rowSum = (row: number[]) => row.reduce((s, x) => s + x, 0);

describe('attention(Q, K, V, opts) against the fixtures', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const r = c.opts === null ? attention(c.Q, c.K, c.V) : attention(c.Q, c.K, c.V, c.opts);
    const causal = c.opts?.causal ?? false;
    c.scores.forEach((row, i) =>
      row.forEach((x, j) => {
        if (causal && j > i) expect(r.scores[i][j]).toBe(-Infinity);
        else expectClose(r.scores[i][j], x, 1e-9, 1e-12, `scores[${i}][${j}]`);
      }),
    );
    c.weights.forEach((row, i) =>
      row.forEach((x, j) => {
        if (causal && j > i) expect(r.weights[i][j]).toBe(0);
        else expectClose(r.weights[i][j], x, 1e-9, 1e-12, `weights[${i}][${j}]`);
      }),
    );
    for (const row of r.weights) expect(Math.abs(rowSum(row) - 1)).toBeLessThanOrEqual(1e-12);
    expectMatrixClose(r.output, c.output, 1e-9, 1e-12, 'output');
  });
});

describe('attention properties', () => {
  const entry = fc.double({ min: -5, max: 5, noNaN: true });
  const matrix = (rows: number, cols: number) =>
    fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
  const problem = fc
    .record({
      n: fc.integer({ min: 1, max: 8 }),
      d: fc.integer({ min: 1, max: 4 }),
      dv: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ n, d, dv }) =>
      fc.record({
        Q: matrix(n, d),
        K: matrix(n, d),
        V: matrix(n, dv),
        causal: fc.boolean(),
        temperature: fc.double({ min: 0.01, max: 10, noNaN: true }),
      }),
    );

  it('rows of weights are distributions (sum 1 within 1e-12), masked entries exactly 0, outputs inside the hull of V', () => {
    fc.assert(
      fc.property(problem, ({ Q, K, V, causal, temperature }) => {
        const { weights, output } = attention(Q, K, V, { causal, temperature });
        weights.forEach((row, i) => {
          expect(Math.abs(rowSum(row) - 1)).toBeLessThanOrEqual(1e-12);
          row.forEach((w, j) => {
            expect(w).toBeGreaterThanOrEqual(0);
            if (causal && j > i) expect(w).toBe(0);
          });
        });
        output.forEach((row) =>
          row.forEach((y, c) => {
            const col = V.map((v) => v[c]);
            expect(y).toBeGreaterThanOrEqual(Math.min(...col) - 1e-12);
            expect(y).toBeLessThanOrEqual(Math.max(...col) + 1e-12);
          }),
        );
      }),
      { seed: 1601, numRuns: 200 },
    );
  });

  it('huge scores do not overflow: softmax subtracts the row maximum', () => {
    const r = attention([[1000]], [[1000], [999]], [[1], [0]]);
    expect(r.weights[0].every(Number.isFinite)).toBe(true);
    expectClose(r.weights[0][0], 1 / (1 + Math.exp(-1000)), 1e-15, 0, 'weight');
  });

  it('temperature 0 gives the one-hot limit (ties share equally), and a tiny temperature approaches it', () => {
    const Q = [[1, 0]];
    const K = [
      [0.5, 0],
      [2, 0],
      [1, 0],
    ];
    const V = [[1], [2], [3]];
    expect(attention(Q, K, V, { temperature: 0 }).weights).toEqual([[0, 1, 0]]);
    expect(attention(Q, K, V, { temperature: 0 }).output).toEqual([[2]]);
    const near = attention(Q, K, V, { temperature: 1e-3 }).weights[0];
    expect(near[1]).toBeGreaterThan(1 - 1e-12);
    expect(attention([[1]], [[2], [2]], [[0], [1]], { temperature: 0 }).weights).toEqual([[0.5, 0.5]]);
  });

  it('temperature T divides the scores: scores(T) · T equal scores(1)', () => {
    const c = cases[0];
    const one = attention(c.Q, c.K, c.V).scores;
    const three = attention(c.Q, c.K, c.V, { temperature: 3 }).scores;
    expectMatrixClose(
      three.map((row) => row.map((x) => 3 * x)),
      one,
      1e-14,
      1e-15,
      'scores',
    );
  });

  it.each([
    ['mismatched Q and K widths', [[1, 2]], [[1]], [[1]], {}],
    ['K and V of different lengths', [[1]], [[1], [2]], [[1]], {}],
    ['a negative temperature', [[1]], [[1]], [[1]], { temperature: -1 }],
    ['a NaN entry', [[NaN]], [[1]], [[1]], {}],
  ])('attention throws a RangeError on %s', (_, Q, K, V, opts) => {
    expect(() => attention(Q as number[][], K as number[][], V as number[][], opts)).toThrow(RangeError);
  });
});

describe('attentionFromEmbeddings(X, W_Q, W_K, W_V, opts)', () => {
  it('projects Q = XW_Q, K = XW_K, V = XW_V and attends with them', () => {
    const X = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const WQ = [
      [1, 2],
      [0, 1],
    ];
    const WK = [
      [0, 1],
      [1, 0],
    ];
    const WV = [[1], [-1]];
    const r = attentionFromEmbeddings(X, WQ, WK, WV, { causal: true });
    expect(r.Q).toEqual([
      [1, 2],
      [0, 1],
      [1, 3],
    ]);
    expect(r.K).toEqual([
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(r.V).toEqual([[1], [-1], [0]]);
    expect(r.weights).toEqual(attention(r.Q, r.K, r.V, { causal: true }).weights);
  });

  it('throws a RangeError when W_Q has the wrong number of rows', () => {
    expect(() => attentionFromEmbeddings([[1, 2]], [[1]], [[1], [1]], [[1], [1]])).toThrow(RangeError);
  });
});
