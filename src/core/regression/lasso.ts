/**
 * The lasso, min_w (1/(2n))‖y − Xw‖² + λ‖w‖₁ on centred data, by cyclic coordinate descent on the
 * Gram matrix G = XᵀX/n and c = Xᵀy/n: each coordinate moves to its exact minimiser
 * wⱼ = S(cⱼ − Σₖ≠ⱼ Gⱼₖwₖ, λ)/Gⱼⱼ with S the soft-threshold, so a zero coefficient is exactly 0.
 * Working on G makes a sweep cost p² instead of np, which is what lets a 100-λ path run in the worker.
 */

/** The sufficient statistics the coordinate descent works on. */
export interface LassoGram {
  /** G = XᵀX/n, p×p, row-major. */
  gram: Float64Array;
  /** c = Xᵀy/n. */
  xty: Float64Array;
  p: number;
  /** √(yᵀy/n), the scale the stopping rule is measured in. */
  yScale: number;
}

/** G and c of (already centred, when there is an intercept) X and y. */
export function lassoGram(X: readonly (readonly number[])[], y: readonly number[]): LassoGram {
  const n = X.length;
  const p = X[0].length;
  const gram = new Float64Array(p * p);
  const xty = new Float64Array(p);
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const row = X[i];
    for (let j = 0; j < p; j++) {
      const xj = row[j];
      xty[j] += xj * y[i];
      for (let k = j; k < p; k++) gram[j * p + k] += xj * row[k];
    }
    yy += y[i] * y[i];
  }
  for (let j = 0; j < p; j++) {
    xty[j] /= n;
    for (let k = j; k < p; k++) gram[k * p + j] = gram[j * p + k] /= n;
  }
  return { gram, xty, p, yScale: Math.sqrt(yy / n) };
}

export interface LassoOptions {
  /** Stop when no coordinate moves the fit by more than tol·√(yᵀy/n) in a sweep (|Δwⱼ|·√Gⱼⱼ). Default 1e-10. */
  tol?: number;
  /** Default 100,000 sweeps. */
  maxSweeps?: number;
}

/** Coordinate descent from `start` (warm start), in place on a copy; returns the solution and the sweeps used. */
export function lassoDescent(
  g: LassoGram,
  lambda: number,
  start?: ArrayLike<number>,
  opts: LassoOptions = {},
): { w: number[]; sweeps: number; converged: boolean } {
  const { gram, xty, p } = g;
  const tol = (opts.tol ?? 1e-10) * (g.yScale > 0 ? g.yScale : 1);
  const maxSweeps = opts.maxSweeps ?? 100_000;
  const w = new Float64Array(p);
  if (start) for (let j = 0; j < p; j++) w[j] = start[j];
  // q = Gw, kept up to date as coordinates move.
  const q = new Float64Array(p);
  for (let j = 0; j < p; j++) for (let k = 0; k < p; k++) q[j] += gram[j * p + k] * w[k];
  let sweeps = 0;
  let converged = false;
  while (sweeps < maxSweeps) {
    sweeps++;
    let biggest = 0;
    for (let j = 0; j < p; j++) {
      const gjj = gram[j * p + j];
      if (gjj <= 0) {
        w[j] = 0;
        continue;
      }
      const rho = xty[j] - q[j] + gjj * w[j];
      const next = rho > lambda ? (rho - lambda) / gjj : rho < -lambda ? (rho + lambda) / gjj : 0;
      const delta = next - w[j];
      if (delta === 0) continue;
      w[j] = next;
      for (let k = 0; k < p; k++) q[k] += gram[k * p + j] * delta;
      biggest = Math.max(biggest, Math.abs(delta) * Math.sqrt(gjj));
    }
    if (biggest <= tol) {
      converged = true;
      break;
    }
  }
  return { w: Array.from(w), sweeps, converged };
}

/**
 * The largest violation of the lasso's optimality (KKT) conditions at w, in units of λ's scale:
 * with gⱼ = (Xᵀ(y − Xw))ⱼ/n, |gⱼ| ≤ λ where wⱼ = 0 and gⱼ = λ·sign(wⱼ) where wⱼ ≠ 0. X and y centred
 * when the model has an intercept. 0 at the exact solution.
 */
export function lassoKktViolation(
  X: readonly (readonly number[])[],
  y: ArrayLike<number>,
  w: readonly number[],
  lambda: number,
): number {
  const n = X.length;
  const p = w.length;
  const g = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    let r = y[i];
    for (let j = 0; j < p; j++) r -= X[i][j] * w[j];
    for (let j = 0; j < p; j++) g[j] += (X[i][j] * r) / n;
  }
  let worst = 0;
  for (let j = 0; j < p; j++) {
    const v = w[j] === 0 ? Math.max(0, Math.abs(g[j]) - lambda) : Math.abs(g[j] - lambda * Math.sign(w[j]));
    worst = Math.max(worst, v);
  }
  return worst;
}
