/**
 * Linear least squares with scikit-learn's conventions, so the page's Code panel prints our numbers:
 * the intercept b is fitted but never penalised (X and y are centred, the centred problem solved, and
 * b = ȳ − x̄ᵀw), and
 *   OLS    min ‖y − Xw − b‖²                       (minimum-norm when X has dependent columns),
 *   ridge  min ‖y − Xw − b‖² + ridge·‖w‖²          (scikit-learn `Ridge(alpha=ridge)`),
 *   lasso  min (1/(2n))‖y − Xw − b‖² + lasso·‖w‖₁  (scikit-learn `Lasso(alpha=lasso)`).
 */
import { leastSquares, nestedLeastSquares } from './lstsq';
import { lassoDescent, lassoGram, type LassoOptions } from './lasso';
import { assertDesign, assertStrength, assertTargets, columnMeans, mean } from './validate';

export interface LinearFitOptions {
  /** Fit an unpenalised intercept (default true). */
  intercept?: boolean;
  /** Ridge strength ≥ 0 (default 0). */
  ridge?: number;
  /** Lasso strength ≥ 0 (default 0); only one of ridge and lasso may be non-zero. */
  lasso?: number;
  /** Coordinate-descent controls for the lasso (tolerance 1e-10 by default). */
  lassoOptions?: LassoOptions;
  /** Warm start for the lasso's coefficients. */
  lassoStart?: ArrayLike<number>;
}

export interface LinearFit {
  intercept: number;
  coef: number[];
  /** Xw + b at the data. */
  fitted: number[];
  /** y − fitted. */
  residuals: number[];
  /** 1 − SS_res/SS_tot with SS_tot = Σ(y − ȳ)² (scikit-learn's `r2_score`; 1 for a perfect fit of constant y, else 0 there). */
  r2: number;
  /** (1/n)Σ residuals². */
  mse: number;
  /** Numerical rank of the (centred) design for OLS and ridge; below p means the minimum-norm solution was taken. */
  rank: number;
  /** Lasso only: coordinate-descent sweeps used and whether the tolerance was reached. */
  sweeps?: number;
  converged?: boolean;
}

/**
 * Fits y ≈ Xw + b by OLS, ridge or lasso (see the file comment). X is n×p (p ≥ 0) of finite numbers,
 * rows are data points. Throws a RangeError for empty or ragged X, a y of the wrong length, non-finite
 * values, a negative or non-finite strength, or both strengths non-zero.
 */
export function fitLinear(X: number[][], y: ArrayLike<number>, opts: LinearFitOptions = {}): LinearFit {
  const [n, p] = assertDesign(X, 'fitLinear');
  const ys = assertTargets(y, n, 'fitLinear');
  const ridge = assertStrength(opts.ridge ?? 0, 'ridge λ', 'fitLinear');
  const lasso = assertStrength(opts.lasso ?? 0, 'lasso λ', 'fitLinear');
  if (ridge > 0 && lasso > 0) throw new RangeError('fitLinear: set ridge or lasso, not both.');
  const c = centre(X, ys, p, opts.intercept ?? true);

  let coef = new Array<number>(p).fill(0);
  let rank = 0;
  let sweeps: number | undefined;
  let converged: boolean | undefined;
  if (p > 0 && lasso > 0) {
    const r = lassoDescent(lassoGram(c.xc, c.yc), lasso, opts.lassoStart, opts.lassoOptions);
    coef = r.w;
    sweeps = r.sweeps;
    converged = r.converged;
    rank = coef.filter((v) => v !== 0).length;
  } else if (p > 0) {
    const { a, b } = ridgeAugmented(c.xc, c.yc, ridge);
    const sol = leastSquares(a, b);
    coef = sol.w;
    rank = sol.rank;
  }
  const intercept = interceptOf(c, coef);
  return { intercept, coef, ...fitStatistics(X, ys, intercept, coef), rank, sweeps, converged };
}

/** The centred problem: x̄ and ȳ (zeros without an intercept), X − x̄ and y − ȳ. */
interface Centred {
  xMean: number[];
  yMean: number;
  xc: number[][];
  yc: number[];
}

function centre(X: number[][], ys: number[], p: number, withIntercept: boolean): Centred {
  const xMean = withIntercept ? columnMeans(X, p) : new Array<number>(p).fill(0);
  const yMean = withIntercept ? mean(ys) : 0;
  return { xMean, yMean, xc: X.map((row) => row.map((v, j) => v - xMean[j])), yc: ys.map((v) => v - yMean) };
}

/**
 * Ridge as least squares: min ‖y − Xw‖² + λ‖w‖² = min ‖[y; 0] − [X; √λ·I]w‖². For λ = 0 the design is
 * returned as it is.
 */
function ridgeAugmented(xc: number[][], yc: number[], ridge: number): { a: number[][]; b: number[] } {
  if (ridge <= 0) return { a: xc, b: yc };
  const p = xc[0].length;
  const s = Math.sqrt(ridge);
  const rows = Array.from({ length: p }, (_, j) => Array.from({ length: p }, (__, k) => (j === k ? s : 0)));
  return { a: [...xc, ...rows], b: [...yc, ...new Array<number>(p).fill(0)] };
}

/** b = ȳ − x̄ᵀw over the first coef.length columns: the unpenalised intercept of the centred fit. */
function interceptOf(c: Centred, coef: readonly number[]): number {
  let intercept = c.yMean;
  for (let j = 0; j < coef.length; j++) intercept -= c.xMean[j] * coef[j];
  return intercept;
}

/** fitted, residuals, mse and r2 of b + Xw on (X, y). */
export function fitStatistics(
  X: readonly (readonly number[])[],
  y: readonly number[],
  intercept: number,
  coef: readonly number[],
): { fitted: number[]; residuals: number[]; r2: number; mse: number } {
  const fitted = X.map((row) => row.reduce((s, v, j) => s + v * coef[j], intercept));
  const residuals = y.map((v, i) => v - fitted[i]);
  const yMean = mean(y);
  let ssRes = 0;
  let ssTot = 0;
  for (let i = 0; i < y.length; i++) {
    ssRes += residuals[i] ** 2;
    ssTot += (y[i] - yMean) ** 2;
  }
  const r2 = ssTot > 0 ? 1 - ssRes / ssTot : ssRes === 0 ? 1 : 0;
  return { fitted, residuals, r2, mse: ssRes / y.length };
}

/**
 * OLS or ridge fits of y on the first k columns of X, for every k in `sizes` (0 ≤ k ≤ p): the nested
 * models of a polynomial's degrees. Each equals `fitLinear(X₍ₖ₎, y, { ridge })`; one QR of the centred
 * (and, for ridge, augmented) design serves them all (see `nestedLeastSquares`: the ridge rows √λ·I of a
 * smaller model are the leading columns of the larger one's, padded with zero rows, which change nothing).
 * Falls back to a fit per size when there are fewer rows than columns.
 */
export function fitLinearNested(
  X: number[][],
  y: ArrayLike<number>,
  sizes: readonly number[],
  opts: { ridge?: number } = {},
): LinearFit[] {
  const [n, p] = assertDesign(X, 'fitLinearNested');
  const ys = assertTargets(y, n, 'fitLinearNested');
  const ridge = assertStrength(opts.ridge ?? 0, 'ridge λ', 'fitLinearNested');
  const leading = (k: number) => X.map((row) => row.slice(0, k));
  const rows = n + (ridge > 0 ? p : 0);
  if (p === 0 || rows < p) return sizes.map((k) => fitLinear(leading(k), ys, { ridge }));
  const c = centre(X, ys, p, true);
  const { a, b } = ridgeAugmented(c.xc, c.yc, ridge);
  const positive = sizes.filter((k) => k > 0);
  const sols = nestedLeastSquares(a, b, positive);
  return sizes.map((k) => {
    const sol = k > 0 ? sols[positive.indexOf(k)] : { w: [], rank: 0 };
    const intercept = interceptOf(c, sol.w);
    return { intercept, coef: sol.w, ...fitStatistics(leading(k), ys, intercept, sol.w), rank: sol.rank };
  });
}
