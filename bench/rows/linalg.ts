/**
 * Linear algebra rows (issue 17).
 * - svd-image-256-vs-ml-matrix (target 1): the Low rank view's SVD of the shipped 256 × 256 photograph
 *   (`imageFactorSteps`, Golub–Kahan on column-major typed arrays, U and V both formed) against ml-matrix's
 *   `new SVD(A)` (the same LINPACK/JAMA algorithm on its Matrix class, U and V both formed). ml-matrix is
 *   the linear-algebra package ml-pca is built on (installed with it).
 */
import { readFileSync } from 'node:fs';
import { Matrix, SVD } from 'ml-matrix';
import type { BenchRow } from '../harness';
import { imageFactorSteps } from '../../src/core/index';

const SIDE = 256;

function factorize(pixels: Float64Array, m: number, n: number): number {
  const steps = imageFactorSteps(pixels, m, n);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value.sigma[0];
  }
}

export function linalgRows(): BenchRow[] {
  let pixels = new Float64Array(0);
  let A = new Matrix(1, 1);
  return [
    {
      name: 'svd-image-256-vs-ml-matrix',
      unit: 'ms/SVD',
      peerName: 'ml-matrix SVD (U and V), ascent 256²',
      target: 1,
      kind: 'time',
      work: SIDE * SIDE,
      runs: 5,
      setup: () => {
        pixels = Float64Array.from(readFileSync('public/data/ascent-256.bin'), (b) => b / 255);
        A = new Matrix(
          Array.from({ length: SIDE }, (_, i) => Array.from(pixels.subarray(i * SIDE, (i + 1) * SIDE))),
        );
      },
      ours: () => factorize(pixels, SIDE, SIDE),
      peer: () => new SVD(A).diagonal[0],
    },
  ];
}
