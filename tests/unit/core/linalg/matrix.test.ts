import { describe, expect, it } from 'vitest';
import {
  frobeniusNorm,
  identityMatrix,
  lerpMatrix,
  matMul,
  matVec,
  transposeMatrix,
} from '../../../../src/core/linalg/index';

describe('matrix helpers', () => {
  const a = [
    [1, 2],
    [3, 4],
  ];

  it('matMul([[1,2],[3,4]], [[0,1],[1,0]]) = [[2,1],[4,3]]', () => {
    expect(
      matMul(a, [
        [0, 1],
        [1, 0],
      ]),
    ).toEqual([
      [2, 1],
      [4, 3],
    ]);
  });

  it('matMul(2×3, 3×1) is 2×1 and mismatched sizes throw a RangeError', () => {
    expect(
      matMul(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[1], [0], [-1]],
      ),
    ).toEqual([[-2], [-2]]);
    expect(() => matMul(a, [[1, 2, 3]])).toThrow(RangeError);
  });

  it('matVec([[1,2],[3,4]], [1, −1]) = [−1, −1]', () => {
    expect(matVec(a, [1, -1])).toEqual([-1, -1]);
    expect(() => matVec(a, [1])).toThrow(RangeError);
  });

  it('transposeMatrix(2×3) is 3×2 and identityMatrix(3) is I₃', () => {
    expect(
      transposeMatrix([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(identityMatrix(2)).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('lerpMatrix(I, A, t) is I at t = 0, A at t = 1, the midpoint at t = ½', () => {
    const i2 = identityMatrix(2);
    expect(lerpMatrix(i2, a, 0)).toEqual(i2);
    expect(lerpMatrix(i2, a, 1)).toEqual(a);
    expect(lerpMatrix(i2, a, 0.5)).toEqual([
      [1, 1],
      [1.5, 2.5],
    ]);
    expect(() => lerpMatrix(i2, [[1]], 0.5)).toThrow(RangeError);
  });

  it('frobeniusNorm([[3, 4], [0, 0]]) = 5, and 1e200-sized entries do not overflow', () => {
    expect(
      frobeniusNorm([
        [3, 4],
        [0, 0],
      ]),
    ).toBe(5);
    expect(frobeniusNorm([[3e200, 4e200]])).toBeCloseTo(5e200, -186);
  });
});
