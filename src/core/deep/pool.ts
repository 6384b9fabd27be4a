/**
 * Max pooling: each output cell is the largest value of a size × size window, windows stepping by
 * `stride` (default: size, so that they tile the image). Windows that would run past the edge are
 * dropped, as in PyTorch's default (ceil_mode = false).
 */
import { assertGrid, assertInteger } from './grid';

/** Row and column of a cell in the input image. */
export type GridPosition = [number, number];

function poolShape(image: number[][], size: number, stride: number, caller: string): [number, number] {
  const [h, w] = assertGrid(image, caller, 'image');
  assertInteger(size, 1, caller, 'window size');
  assertInteger(stride, 1, caller, 'stride');
  const oh = h < size ? 0 : Math.floor((h - size) / stride) + 1;
  const ow = w < size ? 0 : Math.floor((w - size) / stride) + 1;
  return [oh, ow];
}

/**
 * For each output cell [i][j], the input position of the maximum of its window (rows i·s … i·s + size − 1,
 * columns likewise); the first in reading order when values tie. Empty when the window is larger than
 * the image. This is where the gradient of max pooling flows, and what the page highlights.
 */
export function maxPool2dArgmax(image: number[][], size: number, stride: number = size): GridPosition[][] {
  return argmaxWindows(image, size, stride, 'maxPool2dArgmax');
}

function argmaxWindows(image: number[][], size: number, stride: number, caller: string): GridPosition[][] {
  const [oh, ow] = poolShape(image, size, stride, caller);
  const out: GridPosition[][] = [];
  for (let i = 0; i < oh; i++) {
    const row: GridPosition[] = [];
    for (let j = 0; j < ow; j++) {
      let best: GridPosition = [i * stride, j * stride];
      for (let a = 0; a < size; a++) {
        for (let b = 0; b < size; b++) {
          const [r, c] = [i * stride + a, j * stride + b];
          if (image[r][c] > image[best[0]][best[1]]) best = [r, c];
        }
      }
      row.push(best);
    }
    out.push(row);
  }
  return out;
}

/**
 * out[i][j] = max over a, b < size of image[i·s + a][j·s + b], with stride s defaulting to size and
 * partial windows dropped (output ⌊(n − size)/s⌋ + 1 per axis; [] when size exceeds the image).
 */
export function maxPool2d(image: number[][], size: number, stride: number = size): number[][] {
  return argmaxWindows(image, size, stride, 'maxPool2d').map((row) => row.map(([r, c]) => image[r][c]));
}
