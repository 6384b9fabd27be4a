/**
 * Named image kernels for the convolution view. Under cross-correlation (no flip), Sobel x responds
 * positively where the image grows from left to right, i.e. it finds vertical edges.
 */

export type KernelPresetName =
  'identity' | 'box blur' | 'gaussian blur' | 'sharpen' | 'sobel x' | 'sobel y' | 'laplacian' | 'emboss';

export const KERNEL_PRESET_NAMES: readonly KernelPresetName[] = [
  'identity',
  'box blur',
  'gaussian blur',
  'sharpen',
  'sobel x',
  'sobel y',
  'laplacian',
  'emboss',
];

const THREE: Record<KernelPresetName, number[][]> = {
  identity: [
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ],
  'box blur': [
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ],
  'gaussian blur': [
    [1 / 16, 2 / 16, 1 / 16],
    [2 / 16, 4 / 16, 2 / 16],
    [1 / 16, 2 / 16, 1 / 16],
  ],
  sharpen: [
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ],
  'sobel x': [
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ],
  'sobel y': [
    [-1, -2, -1],
    [0, 0, 0],
    [1, 2, 1],
  ],
  laplacian: [
    [0, 1, 0],
    [1, -4, 1],
    [0, 1, 0],
  ],
  emboss: [
    [-2, -1, 0],
    [-1, 1, 1],
    [0, 1, 2],
  ],
};

/** Binomial weights (1, 4, 6, 4, 1)/16: the 5-tap approximation of a Gaussian. */
const BINOMIAL5 = [1, 4, 6, 4, 1].map((x) => x / 16);

/**
 * The preset as a fresh size × size kernel (size 3 or 5). At size 5 the blurs are the 5 × 5 box
 * (1/25 each) and binomial Gaussian (outer product of (1, 4, 6, 4, 1)/16); the others are their 3 × 3
 * kernel with a border of zeros, which gives the same output up to the larger kernel's reach.
 */
export function kernelPreset(name: KernelPresetName, size: 3 | 5 = 3): number[][] {
  const base = THREE[name];
  if (!base) throw new RangeError(`kernelPreset: unknown preset '${String(name)}'.`);
  if (size === 3) return base.map((row) => row.slice());
  if (size !== 5) throw new RangeError(`kernelPreset: the size must be 3 or 5, not ${String(size)}.`);
  if (name === 'box blur') return Array.from({ length: 5 }, () => Array<number>(5).fill(1 / 25));
  if (name === 'gaussian blur') return BINOMIAL5.map((a) => BINOMIAL5.map((b) => a * b));
  return Array.from({ length: 5 }, (_, i) =>
    Array.from({ length: 5 }, (_, j) => (i >= 1 && i <= 3 && j >= 1 && j <= 3 ? base[i - 1][j - 1] : 0)),
  );
}

/**
 * A square kernel at another odd size, centred: growing adds a border of zeros (the same output wherever
 * the larger kernel reaches), shrinking keeps the centre, K'ᵢⱼ = K_{i+o, j+o} with o = (n − size)/2.
 */
export function resizeKernel(kernel: readonly (readonly number[])[], size: number): number[][] {
  const o = (kernel.length - size) / 2;
  if (!Number.isInteger(o)) throw new RangeError(`resizeKernel: ${kernel.length} → ${size} is not centred.`);
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => kernel[i + o]?.[j + o] ?? 0),
  );
}
