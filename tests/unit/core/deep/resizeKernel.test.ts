import { describe, expect, it } from 'vitest';
import { conv2d, kernelPreset, resizeKernel } from '../../../../src/core';

const image = Array.from({ length: 7 }, (_, i) =>
  Array.from({ length: 7 }, (_, j) => ((i * 7 + j) * 37) % 11),
);

describe('resizeKernel', () => {
  it('3 → 5 adds a border of zeros and 5 → 3 gives the centre back', () => {
    const k = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    const big = resizeKernel(k, 5);
    expect(big[0]).toEqual([0, 0, 0, 0, 0]);
    expect(big[2]).toEqual([0, 4, 5, 6, 0]);
    expect(big.map((r) => r[4])).toEqual([0, 0, 0, 0, 0]);
    expect(resizeKernel(big, 3)).toEqual(k);
  });
  it('the padded kernel gives the 3 × 3 kernel’s output (one more cell of padding keeps the size)', () => {
    const k = kernelPreset('sharpen');
    const a = conv2d(image, k, { padding: 1 });
    expect(conv2d(image, resizeKernel(k, 5), { padding: 2 })).toEqual(a);
    expect(a).toHaveLength(7);
  });
  it('refuses a size that cannot be centred', () => {
    expect(() => resizeKernel(kernelPreset('identity'), 4)).toThrow(RangeError);
  });
});
