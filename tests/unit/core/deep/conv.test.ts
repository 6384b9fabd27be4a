// conv2d against tests/fixtures/ml.json (scipy.signal.correlate2d on the padded image, strided):
// 1e-12 relative with the floor 1e-12 × max|image| × Σ|kernel| (README tolerance table).
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/ml.json';
import {
  KERNEL_PRESET_NAMES,
  conv2d,
  conv2dOutputSize,
  convolve2d,
  flipKernel,
  kernelPreset,
  relu2d,
} from '../../../../src/core/deep/index';
import { expectMatrixClose } from './close';

interface ConvCase {
  image: number[][];
  kernel: number[][];
  opts: { stride?: number; padding?: number } | null;
  output: number[][];
}
const cases = (fixture as unknown as { deepLearning: { conv2d: ConvCase[] } }).deepLearning.conv2d;

const maxAbs = (m: number[][]) => Math.max(...m.flat().map(Math.abs));
const sumAbs = (m: number[][]) => m.flat().reduce((s, x) => s + Math.abs(x), 0);

describe('conv2d(image, kernel, opts) against the fixtures', () => {
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const out = c.opts === null ? conv2d(c.image, c.kernel) : conv2d(c.image, c.kernel, c.opts);
    const floor = 1e-12 * maxAbs(c.image) * sumAbs(c.kernel);
    expectMatrixClose(out, c.output, 1e-12, floor, 'conv2d');
  });

  it('conv2d output shape is ⌊(n + 2p − k)/s⌋ + 1 per axis in every case', () => {
    for (const c of cases) {
      const s = c.opts?.stride ?? 1;
      const p = c.opts?.padding ?? 0;
      expect(conv2dOutputSize(c.image.length, c.kernel.length, s, p)).toBe(c.output.length);
      expect(conv2dOutputSize(c.image[0].length, c.kernel[0].length, s, p)).toBe(c.output[0].length);
    }
  });
});

describe('conv2d edge cases', () => {
  it('conv2d(3×3, 5×5) with padding 0 is empty, and conv2dOutputSize(3, 5) is 0', () => {
    const img = [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ];
    expect(conv2d(img, kernelPreset('identity', 5))).toEqual([]);
    expect(conv2dOutputSize(3, 5)).toBe(0);
    expect(conv2d(img, kernelPreset('identity', 5), { padding: 1 })).toEqual([[5]]);
  });

  it('conv2d with a stride larger than the image gives one cell', () => {
    expect(
      conv2d(
        [
          [1, 2],
          [3, 4],
        ],
        [[1]],
        { stride: 5 },
      ),
    ).toEqual([[1]]);
  });

  it('conv2d with the identity kernel and padding 1 returns the image', () => {
    const img = [
      [1, -2, 3.5],
      [0, 4, 6],
    ];
    expect(conv2d(img, kernelPreset('identity'), { padding: 1 })).toEqual(img);
  });

  it.each([
    ['ragged image', [[1, 2], [3]], [[1]], {}],
    ['text in the kernel', [[1, 2]], [[Number('x')]], {}],
    ['stride 0', [[1, 2]], [[1]], { stride: 0 }],
    ['fractional stride', [[1, 2]], [[1]], { stride: 1.5 }],
    ['negative padding', [[1, 2]], [[1]], { padding: -1 }],
    ['empty kernel', [[1, 2]], [], {}],
  ])('conv2d throws a RangeError on %s', (_, image, kernel, opts) => {
    expect(() => conv2d(image as number[][], kernel as number[][], opts)).toThrow(RangeError);
  });
});

describe('flipped convolution', () => {
  it('convolve2d equals conv2d with the kernel rotated by 180°', () => {
    const c = cases[2];
    expect(convolve2d(c.image, c.kernel, { padding: 1 })).toEqual(
      conv2d(c.image, flipKernel(c.kernel), { padding: 1 }),
    );
  });

  it('Sobel x: cross-correlation and true convolution differ by sign (the kernel is antisymmetric)', () => {
    const c = cases[0];
    const corr = conv2d(c.image, c.kernel);
    const conv = convolve2d(c.image, c.kernel);
    expect(conv).toEqual(corr.map((row) => row.map((x) => -x + 0)));
  });

  it('a symmetric kernel (Gaussian blur) gives the same output both ways', () => {
    const c = cases[1];
    expect(convolve2d(c.image, kernelPreset('gaussian blur'))).toEqual(
      conv2d(c.image, kernelPreset('gaussian blur')),
    );
  });
});

describe('kernelPreset(name, size)', () => {
  it.each(KERNEL_PRESET_NAMES.map((n) => [n]))('%s is 3×3 and 5×5 with finite entries', (name) => {
    for (const size of [3, 5] as const) {
      const k = kernelPreset(name, size);
      expect(k.length).toBe(size);
      expect(k.every((row) => row.length === size && row.every(Number.isFinite))).toBe(true);
    }
  });

  it('blurs sum to 1 (1e-15), edge detectors to 0, sharpen and identity to 1', () => {
    const sum = (k: number[][]) => k.flat().reduce((s, x) => s + x, 0);
    for (const size of [3, 5] as const) {
      expect(sum(kernelPreset('box blur', size))).toBeCloseTo(1, 15);
      expect(sum(kernelPreset('gaussian blur', size))).toBeCloseTo(1, 15);
      expect(sum(kernelPreset('sobel x', size))).toBe(0);
      expect(sum(kernelPreset('sobel y', size))).toBe(0);
      expect(sum(kernelPreset('laplacian', size))).toBe(0);
      expect(sum(kernelPreset('sharpen', size))).toBe(1);
      expect(sum(kernelPreset('identity', size))).toBe(1);
    }
  });

  it('Sobel x finds a vertical edge: a dark-to-bright step gives a positive response only there', () => {
    const img = Array.from({ length: 5 }, () => [0, 0, 0, 1, 1, 1]);
    const out = conv2d(img, kernelPreset('sobel x'));
    expect(out.map((row) => row.map((x) => x > 0))).toEqual(
      Array.from({ length: 3 }, () => [false, true, true, false]),
    );
    expect(
      conv2d(img, kernelPreset('sobel y'))
        .flat()
        .every((x) => x === 0),
    ).toBe(true);
  });

  it('the returned kernel is a fresh copy', () => {
    const k = kernelPreset('sharpen');
    k[1][1] = 100;
    expect(kernelPreset('sharpen')[1][1]).toBe(5);
  });
});

describe('relu2d(image)', () => {
  it('relu2d([[−1, 0, 2.5], [−0, 3, −4]]) is [[0, 0, 2.5], [0, 3, 0]]', () => {
    const out = relu2d([
      [-1, 0, 2.5],
      [-0, 3, -4],
    ]);
    expect(out).toEqual([
      [0, 0, 2.5],
      [0, 3, 0],
    ]);
    expect(Object.is(out[1][0], 0)).toBe(true);
  });
});
