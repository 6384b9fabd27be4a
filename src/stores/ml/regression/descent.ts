/**
 * Gradient descent on the least-squares loss of a line, L(b, w) = (1/n)Σ(yᵢ − b − w·xᵢ)², for the
 * Regression tab: the path from (0, 0), the closed-form point it should reach, the stable learning-rate
 * limit 2/λ_max(H), and the loss over a (slope, intercept) grid around them for the contours.
 */
import {
  leastSquaresDescentPath,
  leastSquaresStepLimit,
  lineLossGrid,
  optimizeKernels,
  symmetricEigen2,
  type DescentPath,
} from '../../../core';

/** A path of [slope, intercept] pairs and whether it ran away. */
export interface SimplePath {
  points: [number, number][];
  diverged: boolean;
}

/**
 * Momentum (μ = 0.9) and Adam (β₁ 0.9, β₂ 0.999, ε 1e-8) with the calculus page's update rules
 * (PyTorch's), on L(w, b) = (1/n)Σ(yᵢ − w·xᵢ − b)² from (0, 0), as [slope, intercept] pairs.
 */
export function optimizerPaths(
  x: readonly number[],
  y: readonly number[],
  learningRate: number,
  steps: number,
): { momentum: SimplePath; adam: SimplePath } {
  const n = x.length;
  let [sx, sy, sxx, sxy, syy] = [0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
    sxx += x[i] * x[i];
    sxy += x[i] * y[i];
    syy += y[i] * y[i];
  }
  const kernels = {
    valueGradInto(w: number, b: number, out: number[]) {
      out[0] = (2 * (w * sxx + b * sx - sxy)) / n;
      out[1] = (2 * (w * sx + n * b - sy)) / n;
      return (syy - 2 * w * sxy - 2 * b * sy + w * w * sxx + 2 * w * b * sx + n * b * b) / n;
    },
    jetInto(w: number, b: number, out: number[]) {
      const g = [0, 0];
      out[0] = kernels.valueGradInto(w, b, g);
      out[1] = g[0];
      out[2] = g[1];
      out[3] = (2 * sxx) / n;
      out[4] = (2 * sx) / n;
      out[5] = 2;
    },
  };
  const run = (method: 'momentum' | 'adam'): SimplePath => {
    const r = optimizeKernels(kernels, method, { lr: learningRate }, [0, 0], steps);
    const points: [number, number][] = [];
    for (let k = 0; k <= r.taken; k++) points.push([r.path[2 * k], r.path[2 * k + 1]]);
    return { points, diverged: r.stop === 'diverged' };
  };
  return { momentum: run('momentum'), adam: run('adam') };
}

/** The eigenvalues of the MSE's Hessian H = (2/n)[[Σx², Σx], [Σx, n]] of the line, largest first. */
export function lineHessianEigen(x: readonly number[]): [number, number] {
  const n = x.length;
  let [sx, sxx] = [0, 0];
  for (const v of x) {
    sx += v;
    sxx += v * v;
  }
  const e = symmetricEigen2((2 * sxx) / n, (2 * sx) / n, 2);
  return [Math.max(e.values[0], e.values[1]), Math.min(e.values[0], e.values[1])];
}

export interface LineDescent {
  path: DescentPath;
  /** Momentum and Adam from (0, 0) with the same learning rate, full batch. */
  momentum: SimplePath;
  adam: SimplePath;
  /** λ_max and λ_min of the loss's Hessian. */
  eigen: [number, number];
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
  const others = optimizerPaths(x, y, opts.learningRate, opts.steps);
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
  return {
    path,
    ...others,
    eigen: lineHessianEigen(x),
    limit,
    slopes,
    intercepts,
    grid: lineLossGrid(x, y, slopes, intercepts),
  };
}
