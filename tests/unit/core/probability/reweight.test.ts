import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setProbability, uniformLaw } from '../../../../src/core/index';

describe('setProbability(p, i, v)', () => {
  it('sets p_i = v and rescales the others proportionally, total 1', () => {
    const out = setProbability([0.2, 0.3, 0.5], 0, 0.6);
    expect(out[0]).toBe(0.6);
    expect(out[1] / out[2]).toBeCloseTo(0.6, 14);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
  it('clamps to [0, 1] and shares the rest equally when the others are all 0', () => {
    expect(setProbability([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(setProbability([0.5, 0.5], 1, 7)).toEqual([0, 1]);
    expect(setProbability([0.5, 0.5], 1, -1)).toEqual([1, 0]);
  });
  it('any sequence of drags keeps a valid distribution (sum within 1e-12, no negatives)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.double({ min: -0.5, max: 1.5, noNaN: true })), {
          maxLength: 60,
        }),
        (moves) => {
          let p = [1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6, 1 / 6];
          for (const [i, v] of moves) p = setProbability(p, i, v);
          expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          expect(p.every((x) => x >= 0)).toBe(true);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('uniformLaw(n)', () => {
  it('gives n equal probabilities that sum to 1', () => {
    expect(uniformLaw(4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    const third = uniformLaw(3);
    expect(third).toHaveLength(3);
    expect(third.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
});
