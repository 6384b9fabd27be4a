/**
 * Gradient descent on the least-squares loss of a line, L(b, w) = (1/n)Σ(yᵢ − b − w·xᵢ)², for the
 * Regression tab: the path from (0, 0), the closed-form point it should reach, the stable learning-rate
 * limit 2/λ_max(H), and the loss over a (slope, intercept) grid around them for the contours.
 */
import {
  leastSquaresDescentPath,
  leastSquaresStepLimit,
  lineLossGrid,
  type DescentPath,
} from '../../../core';

export interface LineDescent {
  path: DescentPath;
  /** 2/λ_max of the loss's Hessian: above it full-batch GD diverges. */
  limit: number;
  /** Slopes and intercepts of the grid, and the loss on it (row j = intercepts[j]). */
  slopes: number[];
  intercepts: number[];
  grid: Float64Array;
}

const GRID = 60;

/** GD (or seeded mini-batch SGD) on the line through (x, y) (x already standardized if the view asks). */
export function lineDescent(
  x: readonly number[],
  y: readonly number[],
  opts: { learningRate: number; steps: number; batchSize?: number; seed: number },
  solution: { slope: number; intercept: number },
): LineDescent {
  const X = x.map((v) => [v]);
  const path = leastSquaresDescentPath(X, y, { ...opts, start: [0, 0] });
  const limit = leastSquaresStepLimit(X);
  // The window holds the start, the solution and (while it stays near) the path, with a margin.
  let [w0, w1, b0, b1] = [
    Math.min(0, solution.slope),
    Math.max(0, solution.slope),
    Math.min(0, solution.intercept),
    Math.max(0, solution.intercept),
  ];
  const reach = 4 * Math.max(w1 - w0, b1 - b0, 0.5);
  for (const [b, w] of path.params) {
    if (Math.abs(w - solution.slope) < reach) [w0, w1] = [Math.min(w0, w), Math.max(w1, w)];
    if (Math.abs(b - solution.intercept) < reach) [b0, b1] = [Math.min(b0, b), Math.max(b1, b)];
  }
  const pw = Math.max((w1 - w0) * 0.25, 0.5);
  const pb = Math.max((b1 - b0) * 0.25, 0.5);
  const slopes = Array.from({ length: GRID }, (_, i) => w0 - pw + ((w1 - w0 + 2 * pw) * i) / (GRID - 1));
  const intercepts = Array.from({ length: GRID }, (_, j) => b0 - pb + ((b1 - b0 + 2 * pb) * j) / (GRID - 1));
  return { path, limit, slopes, intercepts, grid: lineLossGrid(x, y, slopes, intercepts) };
}
