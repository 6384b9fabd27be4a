/**
 * Two-dimensional convolution as deep learning means it: cross-correlation (the kernel slides
 * unflipped) over a zero-padded image, sampled every `stride` cells. `convolve2d` is the textbook
 * convolution (kernel flipped in both axes) so that the page can show the difference.
 */
import { assertGrid, assertInteger } from './grid';

/** Stride s ≥ 1 (default 1) and zero padding p ≥ 0 cells on every side (default 0). */
export interface Conv2dOptions {
  stride?: number;
  padding?: number;
}

/**
 * The output length ⌊(n + 2p − k)/s⌋ + 1 along one axis, or 0 when the kernel does not fit in the
 * padded input (n + 2p < k): then there is no window and the output is empty.
 */
export function conv2dOutputSize(n: number, k: number, stride = 1, padding = 0): number {
  assertInteger(n, 1, 'conv2dOutputSize', 'input size');
  assertInteger(k, 1, 'conv2dOutputSize', 'kernel size');
  assertInteger(stride, 1, 'conv2dOutputSize', 'stride');
  assertInteger(padding, 0, 'conv2dOutputSize', 'padding');
  return n + 2 * padding < k ? 0 : Math.floor((n + 2 * padding - k) / stride) + 1;
}

/**
 * Cross-correlation with zero padding p and stride s:
 * out[i][j] = Σₐ Σ_b in_padded[i·s + a][j·s + b] · kernel[a][b], with in_padded[r][c] = image[r − p][c − p]
 * inside the image and 0 outside. Equals scipy.signal.correlate2d(pad(image, p), kernel, 'valid')[::s, ::s].
 * Returns [] when the kernel is larger than the padded image. Throws a RangeError on malformed input.
 */
export function conv2d(image: number[][], kernel: number[][], opts: Conv2dOptions = {}): number[][] {
  const [h, w] = assertGrid(image, 'conv2d', 'image');
  const [kh, kw] = assertGrid(kernel, 'conv2d', 'kernel');
  const stride = opts.stride ?? 1;
  const padding = opts.padding ?? 0;
  const oh = conv2dOutputSize(h, kh, stride, padding);
  const ow = conv2dOutputSize(w, kw, stride, padding);
  if (oh === 0 || ow === 0) return [];
  const out: number[][] = [];
  for (let i = 0; i < oh; i++) {
    const row: number[] = [];
    for (let j = 0; j < ow; j++) {
      let s = 0;
      for (let a = 0; a < kh; a++) {
        const r = i * stride + a - padding;
        if (r < 0 || r >= h) continue;
        for (let b = 0; b < kw; b++) {
          const c = j * stride + b - padding;
          if (c >= 0 && c < w) s += image[r][c] * kernel[a][b];
        }
      }
      row.push(s);
    }
    out.push(row);
  }
  return out;
}

/** The kernel rotated by 180° (flipped in both axes): K′[a][b] = K[kh − 1 − a][kw − 1 − b]. */
export function flipKernel(kernel: number[][]): number[][] {
  assertGrid(kernel, 'flipKernel', 'kernel');
  return kernel
    .slice()
    .reverse()
    .map((row) => row.slice().reverse());
}

/**
 * True (flipped-kernel) convolution, out[i][j] = Σₐ Σ_b in_padded[i·s + a][j·s + b] · K[kh−1−a][kw−1−b]:
 * conv2d with the flipped kernel. It differs from conv2d unless the kernel is symmetric under 180° rotation.
 */
export function convolve2d(image: number[][], kernel: number[][], opts: Conv2dOptions = {}): number[][] {
  return conv2d(image, flipKernel(kernel), opts);
}

/** ReLU applied entrywise, max(0, x). */
export function relu2d(image: number[][]): number[][] {
  assertGrid(image, 'relu2d', 'image');
  // `+ 0` turns −0 into 0, so that a cell shows "0" rather than "-0".
  return image.map((row) => row.map((x) => Math.max(0, x) + 0));
}
