/**
 * The Regression tab's data and fit, computed on the main thread (≤ a few hundred points, degree ≤ 12):
 * the points of the view, the polynomial design as shown (x or standardized z), the normal equations and
 * the OLS / ridge / lasso fit, with every number the tab reads out in the original units of x and y.
 */
import {
  bayesianLinearRegression,
  bayesianPosteriorFromGram,
  createRng,
  samplePosteriorWeights,
  fitLinear,
  ILL_CONDITIONED_GRAM,
  normalEquations,
  type NormalEquations,
  polynomialFeatures,
  polynomialToOriginalUnits,
  standardizeValues,
} from '../../../core';
import type { UserPoint } from '../nn/fields';
import { lineDescent, type LineDescent } from './descent';
import { MAX_GENERATED, regView, type RegView } from './view';

/** The generators draw x uniformly from [−X_RANGE, X_RANGE]. */
export const X_RANGE = 3;

/** Standard normal by Box–Muller from a uniform source. */
function gaussian(next: () => number): number {
  const u = 1 - next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/**
 * The seeded generators: line y = 0.8x + 0.5, sine y = 1.5 sin(1.2x), and the line with every fifth point
 * pushed 4 units up (outliers), each plus N(0, noise²).
 */
export function generatePoints(view: Pick<RegView, 'data' | 'n' | 'noise' | 'seed'>): UserPoint[] {
  const rng = createRng(view.seed);
  const next = () => rng.next();
  const n = Math.max(0, Math.min(MAX_GENERATED, Math.round(view.n)));
  const noise = Number.isFinite(view.noise) ? Math.max(0, view.noise) : 0;
  const out: UserPoint[] = [];
  for (let i = 0; i < n; i++) {
    const x = -X_RANGE + 2 * X_RANGE * next();
    let y = view.data === 'sine' ? 1.5 * Math.sin(1.2 * x) : 0.8 * x + 0.5;
    if (view.data === 'outliers' && i % 5 === 4) y += 4;
    y += noise * gaussian(next);
    out.push({ x1: x, x2: y, label: 0 });
  }
  return out;
}

/** The points the view shows: its own, or the generator's. */
export function pointsOf(view: RegView): UserPoint[] {
  return view.data === 'own' ? view.points : generatePoints(view);
}

/** How many points the view shows (`pointsOf(view).length` without generating them). */
export function pointCountOf(view: RegView): number {
  return view.data === 'own'
    ? view.points.length
    : Math.max(0, Math.min(MAX_GENERATED, Math.round(view.n))) || 0;
}

export interface RegFit {
  /** The fitted polynomial in the original units: intercept and coefficients of x, x², … */
  intercept: number;
  coef: number[];
  /** The same fit in the features as shown (z when standardized), as solved. */
  shownIntercept: number;
  shownCoef: number[];
  fitted: number[];
  r2: number;
  mse: number;
  /** XᵀX and Xᵀy of [1 X] in the features as shown, and cond₂(XᵀX). */
  xtx: number[][];
  xty: number[];
  conditionNumber: number;
  /** Xᵀr with X = [1 features as shown] and r the least-squares residuals (normal equations only), and the scale |X|·|y| it is zero relative to. */
  xtr: { values: number[]; scale: number } | null;
  /** Sentences about the fit the student should read (ill-conditioning, too few points, …). */
  warnings: string[];
  /** The fit's value at x (original units), evaluated stably in the features as shown. */
  predict(x: number): number;
  /** Gradient descent (method gd): its path on the loss of the line, in the features as shown. */
  descent: LineDescent | null;
  /** Gradient descent diverged: the readouts and the curve are withheld (the warning says why). */
  diverged: boolean;
  /** The closed-form (OLS) slope and intercept in the features as shown: where gradient descent should land. */
  descentTarget: { slope: number; intercept: number };
  /** Bayesian (method bayes): the predictive mean and sd at x, sample curves, and the slope's posterior. */
  bayes: {
    band(x: number): { mean: number; sd: number };
    samples: ((x: number) => number)[];
    slopeMean: number;
    slopeSd: number;
    /** The ridge λ = α/β whose solution (every coefficient penalised, intercept too) is the MAP. */
    ridgeEquivalent: number;
    /** Points the posterior is conditioned on (the first `used` of the set). */
    used: number;
    /** The posterior of (intercept, coefficient of the first feature) in the features as shown: mean and 2×2 covariance. */
    mean2: [number, number];
    cov2: [[number, number], [number, number]];
    /** Five posterior draws of (intercept, first coefficient), the sample lines' own. */
    draws2: [number, number][];
    /** The MAP (= posterior mean), ridge at λ = α/β on every coefficient, and the Ridge method's fit at that λ (intercept free), as shown (the last two solved when first read). */
    map: number[];
    ridgeAll: number[];
    ridgeFree: number[];
  } | null;
}

/** The design of one set of x values: the features as shown, [1 features] and XᵀX with its conditioning. */
interface Design {
  xs: number[];
  deg: number;
  standardize: boolean;
  st: { z: number[]; mean: number; scale: number };
  /** polynomialFeatures(z, deg): rows [z, z², …]. */
  X: number[][];
  /** Rows [1, z, z², …] (φ of the Bayesian method), built when first asked for. */
  ones: number[][] | null;
  /** normalEquations(X, y) of the y it was first computed with (when first asked for). */
  ne: NormalEquations | null;
}

let lastDesign: Design | null = null;

/**
 * The standardization, the features, the rows with the constant and XᵀX with its condition number of x,
 * remembered for the last x: they depend on x alone (the QR and SVD of the n × 13 design behind the
 * condition number, and 2 × 1,000 rows of 13 numbers, are most of a fit's time and garbage), so a point
 * dragged straight up or down reuses them. Never mutated by their readers.
 */
function designOf(xs: number[], deg: number, standardize: boolean): Design {
  const c = lastDesign;
  if (
    c &&
    c.deg === deg &&
    c.standardize === standardize &&
    c.xs.length === xs.length &&
    c.xs.every((v, i) => Object.is(v, xs[i]))
  )
    return c;
  const st = standardize ? standardizeValues(xs) : { z: xs, mean: 0, scale: 1 };
  const X = polynomialFeatures(st.z, deg);
  lastDesign = { xs, deg, standardize, st, X, ones: null, ne: null };
  return lastDesign;
}

/** Rows [1, z, z², …] of the design: the same numbers as [1, …X[i]] (polynomialFeatures' products). */
function onesOf(d: Design): number[][] {
  return (d.ones ??= d.X.map((row) => [1, ...row]));
}

/**
 * `normalEquations(X, y)` of the design: XᵀX and its condition number are the design's own, Xᵀy is summed
 * again when y differs (in normalEquations' order, so to the same bits).
 */
function normalEquationsOf(d: Design, ys: number[]): NormalEquations {
  // The rows [1 X] built once, for these sums and the Bayesian method's Φ (the same rows normalEquations
  // would build from X, so the same bits).
  const ne = (d.ne ??= normalEquations(onesOf(d), ys, { intercept: false }));
  const { X, deg } = d;
  const xty = new Array<number>(deg + 1).fill(0);
  for (let i = 0; i < ys.length; i++) {
    xty[0] += 1 * ys[i];
    for (let j = 0; j < deg; j++) xty[j + 1] += X[i][j] * ys[i];
  }
  // A y that is not finite is left to normalEquations to refuse, with its message.
  if (!xty.every(Number.isFinite)) return normalEquations(X, ys);
  return xty.every((v, j) => Object.is(v, ne.xty[j])) ? ne : { ...ne, xty };
}

/** The fit of the view's points, or the reason there is none (in words). */
export function fitOf(view: RegView, points: readonly UserPoint[]): RegFit | { error: string } {
  const n = points.length;
  if (n === 0) return { error: 'There are no points: click the plot to add some, or generate a set.' };
  const gd = view.method === 'gd';
  const deg = gd ? 1 : view.degree;
  if (!Number.isInteger(deg) || deg < 0 || deg > 12) return { error: 'Fix the degree first.' };
  const checks = gd
    ? (['lr', 'steps', 'batch'] as const)
    : view.method === 'bayes'
      ? (['alpha', 'beta'] as const)
      : [];
  for (const k of checks) {
    const problem = regView.problem(k, view[k]);
    if (problem) return { error: `Fix ${regView.fields[k].label} first: ${problem}.` };
  }
  const strength = view.method === 'ridge' ? view.ridge : view.method === 'lasso' ? view.lasso : 0;
  if (!Number.isFinite(strength) || strength < 0 || strength > 1e6)
    return {
      error: `Fix ${view.method === 'ridge' ? 'ridge λ' : 'lasso λ'} first: it must be between 0 and 10^6.`,
    };
  const xs = points.map((p) => p.x1);
  const ys = points.map((p) => p.x2);
  const design = designOf(xs, deg, view.standardize);
  const { st, X } = design;
  const toShown = (x: number) => (x - st.mean) / st.scale;
  const warnings: string[] = [];
  if (gd && view.degree !== 1)
    warnings.push('Gradient descent fits a line here (degree 1); the degree applies to the other methods.');
  try {
    const ne = normalEquationsOf(design, ys);
    // The Bayesian method reads none of the least-squares fit (its own posterior replaces it): not solved.
    const fit =
      view.method === 'bayes'
        ? {
            intercept: 0,
            coef: X[0].map(() => 0),
            fitted: [],
            residuals: [],
            r2: NaN,
            mse: NaN,
            converged: true,
            sweeps: 0,
          }
        : fitLinear(X, ys, {
            ridge: view.method === 'ridge' ? strength : 0,
            lasso: view.method === 'lasso' ? strength : 0,
            lassoOptions: { maxSweeps: 20_000 },
          });
    if (fit.converged === false)
      warnings.push(
        `Coordinate descent stopped after ${fit.sweeps} sweeps before reaching its tolerance: turn on “standardize” for a faster lasso.`,
      );
    const original = view.standardize
      ? polynomialToOriginalUnits(fit.intercept, fit.coef, st.mean, st.scale)
      : { intercept: fit.intercept, coef: fit.coef };
    const distinct = new Set(xs).size;
    if (n < deg + 1)
      warnings.push(
        `There are fewer points (${n}) than coefficients (${deg + 1}): many curves pass through them, and the one shown is the minimum-norm solution.`,
      );
    else if (distinct < deg + 1)
      warnings.push(
        `Only ${distinct} different x values for ${deg + 1} coefficients: the columns of X are dependent, and the one shown is the minimum-norm solution.`,
      );
    if (ne.conditionNumber > ILL_CONDITIONED_GRAM)
      warnings.push(
        `XᵀX is ill-conditioned: its condition number is ${ne.conditionNumber === Infinity ? 'infinite' : ne.conditionNumber.toExponential(2)}, so solving the normal equations directly would lose about ${ne.conditionNumber === Infinity ? 'all' : Math.min(16, Math.round(Math.log10(ne.conditionNumber)))} of float64's 16 digits.${view.standardize ? '' : ' Turn on “standardize”.'} (The fit shown is solved stably by QR.)`,
      );
    const predict = (x: number) => {
      const z = toShown(x);
      let v = fit.intercept;
      let pw = 1;
      for (const c of fit.coef) v += c * (pw *= z);
      return v;
    };
    let descent: LineDescent | null = null;
    let diverged = false;
    let result = { intercept: fit.intercept, coef: fit.coef, fitted: fit.fitted, r2: fit.r2, mse: fit.mse };
    let shown = original;
    if (gd) {
      descent = lineDescent(
        st.z,
        ys,
        {
          learningRate: view.lr,
          steps: view.steps,
          batchSize: view.sgd ? Math.min(view.batch, n) : undefined,
          seed: view.seed,
        },
        { slope: fit.coef[0], intercept: fit.intercept },
      );
      const last = descent.path.params[descent.path.params.length - 1];
      const limitText = Number.isFinite(descent.limit) ? descent.limit.toPrecision(4) : 'unbounded';
      if (descent.path.diverged) {
        diverged = true;
        warnings.push(
          `Gradient descent diverged after ${descent.path.params.length - 1} steps: the learning rate ${view.lr} is above 2/λmax = ${limitText}, the limit set by the loss's Hessian, so each step overshoots further. Lower the learning rate${view.standardize ? '' : ' or turn on “standardize”'}.`,
        );
      } else {
        const fittedGd = st.z.map((z) => last[0] + last[1] * z);
        const mse = fittedGd.reduce((a, f, i) => a + (ys[i] - f) ** 2, 0) / n;
        const ym = ys.reduce((a, v) => a + v, 0) / n;
        const ssTot = ys.reduce((a, v) => a + (v - ym) ** 2, 0);
        const r2 = ssTot > 0 ? 1 - (mse * n) / ssTot : mse === 0 ? 1 : 0;
        result = { intercept: last[0], coef: [last[1]], fitted: fittedGd, r2, mse };
        shown = view.standardize
          ? polynomialToOriginalUnits(last[0], [last[1]], st.mean, st.scale)
          : { intercept: last[0], coef: [last[1]] };
        const gap = Math.hypot(last[0] - fit.intercept, last[1] - fit.coef[0]);
        warnings.push(
          `${view.sgd ? 'Mini-batch SGD' : 'Gradient descent'} after ${view.steps} steps is ${gap.toPrecision(3)} from the closed-form point (learning-rate limit 2/λmax = ${limitText}).`,
        );
      }
    }
    let bayes: RegFit['bayes'] = null;
    if (view.method === 'bayes') {
      const phiOf = (z: number) => {
        const row = [1];
        for (let k = 0; k < deg; k++) row.push(row[k] * z);
        return row;
      };
      const used = view.upto > 0 ? Math.min(view.upto, n) : n;
      const Phi = used === n ? onesOf(design) : st.z.slice(0, used).map(phiOf);
      // With every point used, ΦᵀΦ and Φᵀy are the normal equations' XᵀX and Xᵀy (the same rows summed in
      // the same order): the posterior from them skips a second pass over the 1,000 × 13 rows.
      const post =
        used === n
          ? bayesianPosteriorFromGram(ne.xtx, ne.xty, view.alpha, view.beta)
          : bayesianLinearRegression(Phi, ys.slice(0, used), view.alpha, view.beta);
      const lambda = view.alpha / view.beta;
      const yUsed = ys.slice(0, used);
      // Two more QR solves, read only by the equations below the plot: solved when first read, not per drag move.
      let ridgeAll: number[] | null = null;
      let ridgeFree: number[] | null = null;
      const ridgeAllOf = () => (ridgeAll ??= fitLinear(Phi, yUsed, { intercept: false, ridge: lambda }).coef);
      const ridgeFreeOf = () => {
        if (ridgeFree) return ridgeFree;
        // The Ridge method leaves the intercept free (degree 0 has nothing else: the mean).
        const free =
          deg > 0
            ? fitLinear(
                Phi.map((r) => r.slice(1)),
                yUsed,
                { ridge: lambda },
              )
            : { intercept: yUsed.reduce((a, v) => a + v, 0) / used, coef: [] as number[] };
        return (ridgeFree = [free.intercept, ...free.coef]);
      };
      const m = post.mean;
      // The slope in x's units is linear in the weights: t·w, t from the change of units of each unit vector.
      const t = m.map((_, j) => {
        const e = m.map((__, k) => (k === j ? 1 : 0));
        const o = view.standardize
          ? polynomialToOriginalUnits(e[0], e.slice(1), st.mean, st.scale)
          : { intercept: e[0], coef: e.slice(1) };
        return o.coef[0] ?? 0;
      });
      const slopeVar = t.reduce((a, ti, i) => a + ti * t.reduce((b, tj, j) => b + post.cov[i][j] * tj, 0), 0);
      const evalAt = (w: readonly number[], x: number) => {
        const phi = phiOf(toShown(x));
        return phi.reduce((a, v, j) => a + v * w[j], 0);
      };
      const rng = createRng(view.seed);
      const draws = samplePosteriorWeights(post, rng, 5);
      // φ(z)·m without building φ: the same products in the same order as phiOf.
      const fittedB = st.z.map((z) => {
        let a = 0;
        let pw = 1;
        for (let j = 0; j <= deg; j++) {
          a += pw * m[j];
          pw *= z;
        }
        return a;
      });
      const mse = fittedB.reduce((a, f, i) => a + (ys[i] - f) ** 2, 0) / n;
      const ym = ys.reduce((a, v) => a + v, 0) / n;
      const ssTot = ys.reduce((a, v) => a + (v - ym) ** 2, 0);
      result = {
        intercept: m[0],
        coef: m.slice(1),
        fitted: fittedB,
        r2: ssTot > 0 ? 1 - (mse * n) / ssTot : mse === 0 ? 1 : 0,
        mse,
      };
      shown = view.standardize
        ? polynomialToOriginalUnits(m[0], m.slice(1), st.mean, st.scale)
        : { intercept: m[0], coef: m.slice(1) };
      bayes = {
        band: (x) => {
          const p = post.predict(phiOf(toShown(x)));
          return { mean: p.mean, sd: Math.sqrt(p.variance) };
        },
        samples: draws.map((w) => (x: number) => evalAt(w, x)),
        slopeMean: deg >= 1 ? shown.coef[0] : NaN,
        slopeSd: deg >= 1 ? Math.sqrt(Math.max(0, slopeVar)) : NaN,
        ridgeEquivalent: lambda,
        used,
        mean2: [m[0], m[1] ?? 0],
        cov2: [
          [post.cov[0][0], post.cov[0][1] ?? 0],
          [post.cov[0][1] ?? 0, post.cov[1]?.[1] ?? 0],
        ],
        draws2: draws.map((w) => [w[0], w[1] ?? 0]),
        map: m.slice(),
        get ridgeAll() {
          return ridgeAllOf();
        },
        get ridgeFree() {
          return ridgeFreeOf();
        },
      };
    }
    // Powers by repeated products, not `**` (the test MSE evaluates it at 1,000 points per drag move).
    const predictGd = (x: number) => {
      const z = toShown(x);
      let v = result.intercept;
      let pw = 1;
      for (const c of result.coef) v += c * (pw *= z);
      return v;
    };
    return {
      intercept: shown.intercept,
      coef: shown.coef,
      shownIntercept: result.intercept,
      shownCoef: result.coef,
      fitted: result.fitted,
      r2: result.r2,
      mse: result.mse,
      descent,
      diverged,
      descentTarget: { slope: fit.coef[0] ?? 0, intercept: fit.intercept },
      xtr:
        view.method === 'normal'
          ? {
              values: [0, ...X[0].map(() => 0)].map((_, j) =>
                fit.residuals.reduce((a, r, i) => a + r * (j === 0 ? 1 : X[i][j - 1]), 0),
              ),
              scale:
                Math.sqrt(X.reduce((a, row) => a + 1 + row.reduce((b, v) => b + v * v, 0), 0)) *
                Math.sqrt(ys.reduce((a, v) => a + v * v, 0)),
            }
          : null,
      xtx: ne.xtx,
      xty: ne.xty,
      conditionNumber: ne.conditionNumber,
      warnings,
      predict: gd || bayes ? predictGd : predict,
      bayes,
    };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
