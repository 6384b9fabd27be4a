/**
 * The lasso coefficient path over many λ, warm-started: each solve starts from the previous λ's
 * solution, which is already close, so a path of 100 values costs a few times one cold solve.
 */
import { lassoDescent, lassoGram, type LassoOptions } from './lasso';
import { assertDesign, assertStrength, assertTargets, columnMeans, mean } from './validate';

export interface LassoPath {
  lambdas: number[];
  /** coefs[i] solves the lasso at lambdas[i]. */
  coefs: number[][];
  intercepts: number[];
  /** Coordinate-descent sweeps over the whole path. */
  sweeps: number;
}

/**
 * λ_max = max_j |x̃ⱼᵀỹ|/n, the smallest λ whose lasso solution is all zeros (x̃, ỹ centred when there
 * is an intercept): the natural top of a log-spaced λ grid.
 */
export function lassoLambdaMax(X: number[][], y: ArrayLike<number>, intercept = true): number {
  const [n, p] = assertDesign(X, 'lassoLambdaMax');
  const ys = assertTargets(y, n, 'lassoLambdaMax');
  const g = centred(X, ys, p, intercept);
  const stats = lassoGram(g.xc, g.yc);
  return stats.xty.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

/** The lasso at each λ of `lambdas` (any order; solved in the order given, each warm-started from the last when `warmStart`). */
export function lassoPath(
  X: number[][],
  y: ArrayLike<number>,
  lambdas: readonly number[],
  opts: { intercept?: boolean; warmStart?: boolean } & LassoOptions = {},
): LassoPath {
  const [n, p] = assertDesign(X, 'lassoPath');
  const ys = assertTargets(y, n, 'lassoPath');
  for (const l of lambdas) assertStrength(l, 'every λ', 'lassoPath');
  const g = centred(X, ys, p, opts.intercept ?? true);
  const stats = p > 0 ? lassoGram(g.xc, g.yc) : undefined;
  const coefs: number[][] = [];
  const intercepts: number[] = [];
  let sweeps = 0;
  let prev: number[] | undefined;
  for (const lambda of lambdas) {
    const w = stats
      ? lassoDescent(stats, lambda, opts.warmStart === false ? undefined : prev, opts)
      : undefined;
    const coef = w ? w.w : [];
    sweeps += w ? w.sweeps : 0;
    prev = coef;
    coefs.push(coef);
    intercepts.push(coef.reduce((b, c, j) => b - c * g.xMean[j], g.yMean));
  }
  return { lambdas: lambdas.slice(), coefs, intercepts, sweeps };
}

function centred(X: number[][], y: number[], p: number, intercept: boolean) {
  const xMean = intercept ? columnMeans(X, p) : new Array<number>(p).fill(0);
  const yMean = intercept ? mean(y) : 0;
  return {
    xMean,
    yMean,
    xc: X.map((row) => row.map((v, j) => v - xMean[j])),
    yc: y.map((v) => v - yMean),
  };
}
