/**
 * L2-regularised logistic regression, minimising
 *   f(b, w) = (1/n) Σᵢ [log(1 + e^{zᵢ}) − yᵢzᵢ] + (l2/2)‖w‖²,  zᵢ = b + xᵢᵀw,
 * the mean binary cross-entropy with an unpenalised intercept (scikit-learn's `LogisticRegression`
 * with C = 1/(n·l2)). f is convex; Newton's method with a backtracking line search converges
 * quadratically once near the minimum, so the gradient reaches 1e-10 in a handful of steps.
 */
import { luDecompose, luSolve } from '../linalg/lu';
import { assertDesign, assertStrength } from './validate';

export interface LogisticFitOptions {
  /** Fit an unpenalised intercept (default true). */
  intercept?: boolean;
  /** L2 strength ≥ 0 on the weights (default 0). */
  l2?: number;
  /** Stop when ‖∇f‖₂ < tol (default 1e-10). */
  tol?: number;
  /** Newton steps at most (default 200). */
  maxIterations?: number;
}

export interface LogisticFit {
  intercept: number;
  coef: number[];
  /** f at the returned solution. */
  loss: number;
  /** Newton steps taken. */
  iterations: number;
  /** ‖∇f‖₂ at the returned solution. */
  gradientNorm: number;
  /** False when maxIterations ran out first (separable data without L2 drives ‖w‖ up without a minimum). */
  converged: boolean;
}

/** log(1 + eᶻ) without overflow or loss of small values. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/** σ(z) = 1/(1 + e^{−z}) without overflow. */
export function logisticSigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Checks X and labels y ∈ {0, 1}. */
function checkData(X: number[][], y: ArrayLike<number>, caller: string): number[] {
  const [n] = assertDesign(X, caller);
  if (y.length !== n) throw new RangeError(`${caller}: y has ${y.length} labels for ${n} data points.`);
  const ys = Array.from(y);
  if (ys.some((v) => v !== 0 && v !== 1)) throw new RangeError(`${caller}: every label must be 0 or 1.`);
  return ys;
}

/**
 * The objective f(b, w) of the file comment and its gradient (∂f/∂b first, then ∂f/∂w), e.g. for the
 * loss contours and for gradient descent on the page.
 */
export function logisticObjective(
  X: readonly (readonly number[])[],
  y: ArrayLike<number>,
  intercept: number,
  coef: readonly number[],
  l2 = 0,
): { loss: number; gradient: number[] } {
  const n = X.length;
  const p = coef.length;
  const gradient = new Array<number>(p + 1).fill(0);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = intercept;
    for (let j = 0; j < p; j++) z += X[i][j] * coef[j];
    loss += softplus(z) - y[i] * z;
    const r = logisticSigmoid(z) - y[i];
    gradient[0] += r;
    for (let j = 0; j < p; j++) gradient[j + 1] += r * X[i][j];
  }
  let penalty = 0;
  for (let j = 0; j < p; j++) {
    penalty += coef[j] * coef[j];
    gradient[j + 1] = gradient[j + 1] / n + l2 * coef[j];
  }
  gradient[0] /= n;
  return { loss: loss / n + (l2 / 2) * penalty, gradient };
}

/**
 * Fits P(y = 1 | x) = σ(b + xᵀw) by Newton's method to ‖∇f‖ < tol (see the file comment). y holds
 * 0/1 labels. With `intercept: false`, b is fixed at 0. Throws a RangeError on bad input.
 */
export function fitLogistic(X: number[][], y: ArrayLike<number>, opts: LogisticFitOptions = {}): LogisticFit {
  const ys = checkData(X, y, 'fitLogistic');
  const p = X[0].length;
  const l2 = assertStrength(opts.l2 ?? 0, 'l2', 'fitLogistic');
  const withIntercept = opts.intercept ?? true;
  const tol = opts.tol ?? 1e-10;
  const maxIterations = opts.maxIterations ?? 200;
  // θ = [b, w]; the intercept coordinate is dropped from the Newton system when it is not fitted.
  const theta = new Array<number>(p + 1).fill(0);
  const free = withIntercept ? theta.map((_, k) => k) : theta.map((_, k) => k).slice(1);
  const evaluate = (t: number[]) => logisticObjective(X, ys, t[0], t.slice(1), l2);
  let current = evaluate(theta);
  const norm = (g: number[]) => Math.hypot(...free.map((k) => g[k]));
  let iterations = 0;
  while (norm(current.gradient) >= tol && iterations < maxIterations) {
    const step = newtonStep(X, theta, current.gradient, free, l2);
    // Backtracking (Armijo) keeps every step a descent step, also far from the minimum.
    const slope = free.reduce((s, k, i) => s + current.gradient[k] * step[i], 0);
    let t = 1;
    let trial = theta.slice();
    let next = current;
    for (let halvings = 0; halvings < 60; halvings++, t /= 2) {
      trial = theta.slice();
      free.forEach((k, i) => (trial[k] -= t * step[i]));
      next = evaluate(trial);
      if (next.loss <= current.loss - 1e-4 * t * slope) break;
    }
    iterations++;
    // No decrease left at rounding level: the objective cannot be lowered further in float64.
    if (!(next.loss <= current.loss)) break;
    theta.splice(0, theta.length, ...trial);
    current = next;
  }
  const gradientNorm = norm(current.gradient);
  return {
    intercept: theta[0],
    coef: theta.slice(1),
    loss: current.loss,
    iterations,
    gradientNorm,
    converged: gradientNorm < tol,
  };
}

/** Solves H·s = g on the free coordinates, H = (1/n)AᵀDA + l2·I_w with D = diag(σ(1 − σ)). */
function newtonStep(
  X: number[][],
  theta: number[],
  gradient: number[],
  free: number[],
  l2: number,
): number[] {
  const n = X.length;
  const m = free.length;
  const h = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const a = new Array<number>(m);
  for (let i = 0; i < n; i++) {
    let z = theta[0];
    for (let j = 1; j < theta.length; j++) z += X[i][j - 1] * theta[j];
    const s = logisticSigmoid(z);
    const d = s * (1 - s);
    for (let u = 0; u < m; u++) a[u] = free[u] === 0 ? 1 : X[i][free[u] - 1];
    for (let u = 0; u < m; u++) for (let v = u; v < m; v++) h[u][v] += d * a[u] * a[v];
  }
  let trace = 0;
  for (let u = 0; u < m; u++) {
    for (let v = u; v < m; v++) h[v][u] = h[u][v] /= n;
    if (free[u] !== 0) h[u][u] += l2;
    trace += h[u][u];
  }
  const g = free.map((k) => gradient[k]);
  let step = luSolve(luDecompose(h), g);
  // A (nearly) singular Hessian (separable data, no L2) gets a small Levenberg shift instead.
  if (!step.every(Number.isFinite)) {
    const shift = Math.max(trace / m, 1e-300) * 1e-8;
    step = luSolve(luDecompose(h.map((row, u) => row.map((v, w) => (u === w ? v + shift : v)))), g);
  }
  return step.every(Number.isFinite) ? step : g;
}
