// maxPool2d against tests/fixtures/ml.json: exact (README tolerance table).
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/ml.json';
import { maxPool2d, maxPool2dArgmax } from '../../../../src/core/deep/index';

interface PoolCase {
  image: number[][];
  size: number;
  stride: number | null;
  output: number[][];
}
const cases = (fixture as unknown as { deepLearning: { maxPool2d: PoolCase[] } }).deepLearning.maxPool2d;

describe('maxPool2d(image, size, stride) against the fixtures', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i is exact', (_, c) => {
    const out = c.stride === null ? maxPool2d(c.image, c.size) : maxPool2d(c.image, c.size, c.stride);
    expect(out).toEqual(c.output);
  });
});

describe('maxPool2dArgmax(image, size, stride)', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i points at the maxima inside each window', (_, c) => {
    const stride = c.stride ?? c.size;
    const pos = maxPool2dArgmax(c.image, c.size, stride);
    pos.forEach((row, i) =>
      row.forEach(([r, col], j) => {
        expect(c.image[r][col]).toBe(c.output[i][j]);
        expect(r >= i * stride && r < i * stride + c.size).toBe(true);
        expect(col >= j * stride && col < j * stride + c.size).toBe(true);
      }),
    );
  });

  it('ties go to the first position in reading order', () => {
    expect(
      maxPool2dArgmax(
        [
          [1, 5],
          [5, 5],
        ],
        2,
      ),
    ).toEqual([[[0, 1]]]);
  });
});

describe('maxPool2d edge cases', () => {
  it('partial windows are dropped: a 5×5 image pooled 2×2 gives 2×2', () => {
    const img = Array.from({ length: 5 }, (_, i) => Array.from({ length: 5 }, (_, j) => i * 5 + j));
    expect(maxPool2d(img, 2)).toEqual([
      [6, 8],
      [16, 18],
    ]);
  });

  it('a window larger than the image gives an empty output', () => {
    expect(maxPool2d([[1, 2]], 2)).toEqual([]);
  });

  it.each([
    ['size 0', 0, 1],
    ['fractional size', 1.5, 1],
    ['stride 0', 2, 0],
  ])('maxPool2d throws a RangeError on %s', (_, size, stride) => {
    expect(() =>
      maxPool2d(
        [
          [1, 2],
          [3, 4],
        ],
        size,
        stride,
      ),
    ).toThrow(RangeError);
  });
});
