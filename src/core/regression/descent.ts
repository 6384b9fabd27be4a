/**
 * Gradient descent on the training MSE of a linear model, L(b, w) = (1/n)‖y − Xw − b‖², full-batch or
 * stochastic. The Hessian is H = (2/n)AᵀA with A = [1 X], constant, so plain gradient descent
 * converges exactly when the learning rate is below 2/λ_max(H).
 */
import { singularValues } from '../linalg/svd';
import { createRng } from '../probability/rng';
import { assertDesign, assertStrength, assertTargets } from './validate';

/** L(b, w) = (1/n)Σ(yᵢ − b − xᵢᵀw)² and its gradient [∂L/∂b, ∂L/∂w…], over the rows in `rows` (all when omitted). */
export function leastSquaresObjective(
  X: readonly (readonly number[])[],
  y: ArrayLike<number>,
  intercept: number,
  coef: readonly number[],
  rows?: ArrayLike<number>,
): { loss: number; gradient: number[] } {
  const p = coef.length;
  const m = rows ? rows.length : X.length;
  const gradient = new Array<number>(p + 1).fill(0);
  let loss = 0;
  for (let t = 0; t < m; t++) {
    const i = rows ? rows[t] : t;
    let r = intercept - y[i];
    for (let j = 0; j < p; j++) r += X[i][j] * coef[j];
    loss += r * r;
    gradient[0] += 2 * r;
    for (let j = 0; j < p; j++) gradient[j + 1] += 2 * r * X[i][j];
  }
  return { loss: loss / m, gradient: gradient.map((g) => g / m) };
}

/** 2/λ_max of the MSE's Hessian (2/n)AᵀA, A = [1 X] (or X without intercept): the largest stable GD learning rate. */
export function leastSquaresStepLimit(X: number[][], opts: { intercept?: boolean } = {}): number {
  const [n] = assertDesign(X, 'leastSquaresStepLimit');
  const a = opts.intercept === false ? X : X.map((row) => [1, ...row]);
  const q = a[0].length;
  if (q === 0) return Infinity;
  const h = Array.from({ length: q }, (_, j) =>
    Array.from({ length: q }, (__, k) => a.reduce((s, row) => s + row[j] * row[k], 0) * (2 / n)),
  );
  const top = singularValues(h)[0];
  return top > 0 ? 2 / top : Infinity;
}

export interface DescentPathOptions {
  learningRate: number;
  steps: number;
  /** [b, w…] to start from (default all 0). */
  start?: readonly number[];
  /** Fit the intercept (default true); without it b stays at start[0]. */
  intercept?: boolean;
  /** Mini-batch size; omitted or ≥ n means full-batch gradient descent. */
  batchSize?: number;
  /** Seed of the mini-batch draws (default 1). */
  seed?: number;
}

export interface DescentPath {
  /** params[t] = [b, w…] after t steps (params[0] is the start). */
  params: number[][];
  /** Full-data MSE at each params[t]. */
  losses: number[];
  /** True when the loss became non-finite or grew past 1e12 × its start: the path stops there. */
  diverged: boolean;
}

/**
 * `steps` steps of θ ← θ − η∇L_B(θ) with L_B the MSE over a mini-batch B (drawn without replacement
 * by a seeded generator; B is everything for full-batch GD). Losses are always on all the data, so
 * SGD's noise shows. Throws a RangeError for a bad learning rate, step count or batch size.
 */
export function leastSquaresDescentPath(
  X: number[][],
  y: ArrayLike<number>,
  opts: DescentPathOptions,
): DescentPath {
  const [n, p] = assertDesign(X, 'leastSquaresDescentPath');
  const ys = assertTargets(y, n, 'leastSquaresDescentPath');
  assertStrength(opts.learningRate, 'the learning rate', 'leastSquaresDescentPath', true);
  if (!Number.isInteger(opts.steps) || opts.steps < 0 || opts.steps > 1_000_000)
    throw new RangeError('leastSquaresDescentPath: steps must be an integer from 0 to 1,000,000.');
  const batch = Math.min(opts.batchSize ?? n, n);
  if (!Number.isInteger(batch) || batch < 1)
    throw new RangeError('leastSquaresDescentPath: the batch size must be a positive integer.');
  const theta = opts.start ? opts.start.slice() : new Array<number>(p + 1).fill(0);
  if (theta.length !== p + 1 || !theta.every(Number.isFinite))
    throw new RangeError(`leastSquaresDescentPath: start must hold ${p + 1} finite numbers [b, w…].`);
  const rng = createRng(opts.seed ?? 1);
  const order = Array.from({ length: n }, (_, i) => i);
  const full = (t: number[]) => leastSquaresObjective(X, ys, t[0], t.slice(1));
  const params = [theta.slice()];
  const losses = [full(theta).loss];
  let diverged = false;
  for (let s = 0; s < opts.steps; s++) {
    let rows: number[] | undefined;
    if (batch < n) {
      // Partial Fisher–Yates: the first `batch` entries become a uniform sample without replacement.
      for (let i = 0; i < batch; i++) {
        const j = i + Math.floor(rng.next() * (n - i));
        [order[i], order[j]] = [order[j], order[i]];
      }
      rows = order.slice(0, batch);
    }
    const g = leastSquaresObjective(X, ys, theta[0], theta.slice(1), rows).gradient;
    for (let k = opts.intercept === false ? 1 : 0; k <= p; k++) theta[k] -= opts.learningRate * g[k];
    const loss = full(theta).loss;
    if (!Number.isFinite(loss) || loss > 1e12 * Math.max(losses[0], 1e-300)) {
      diverged = true;
      break;
    }
    params.push(theta.slice());
    losses.push(loss);
  }
  return { params, losses, diverged };
}
