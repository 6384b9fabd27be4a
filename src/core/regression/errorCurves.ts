/**
 * Training and test error curves of a polynomial fit in one variable (the Regression tab's overfitting
 * view): MSE against the degree 0…maxDegree, and against the penalty λ (ridge or lasso) at one degree.
 * Pure functions of the x and y values, so they run in the worker while a point is dragged.
 */
import { polynomialFeatures, standardizeValues } from './features';
import { fitLinear, fitLinearNested } from './linear';
import { lassoLambdaMax, lassoPath } from './lassoPath';

/** A polynomial in the features as shown, z = (x − mean)/scale: intercept + Σ coef[k]·z^(k+1). */
export interface ShownPolynomial {
  intercept: number;
  coef: readonly number[];
  mean: number;
  scale: number;
}

/** Mean squared error of the polynomial `p` on the points (x[i], y[i]). */
export function polynomialMse(p: ShownPolynomial, x: ArrayLike<number>, y: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const z = (x[i] - p.mean) / p.scale;
    let v = p.intercept;
    let pw = 1;
    for (const c of p.coef) v += c * (pw *= z);
    s += (y[i] - v) ** 2;
  }
  return s / x.length;
}

export interface ErrorCurve {
  /** Degrees 0…maxDegree, or λ values (ascending). */
  at: number[];
  train: number[];
  test: number[] | null;
  /** Index of the lowest test error (null without a test set). */
  best: number | null;
}

/** Points of a curve: x and y values. */
export interface CurvePoints {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

export interface ErrorCurveOptions {
  /** Standardize x (z = (x − mean)/sd of the training x) before the powers. */
  standardize: boolean;
  /** Ridge strength (fitLinear's `ridge`); 0 for none. */
  ridge?: number;
  /** Lasso strength (fitLinear's `lasso`); 0 for none. */
  lasso?: number;
}

function bestOf(test: number[] | null): number | null {
  if (!test) return null;
  let k = -1;
  test.forEach((v, i) => {
    if (Number.isFinite(v) && (k < 0 || v < test[k])) k = i;
  });
  return k < 0 ? null : k;
}

function scalingOf(standardize: boolean, xs: number[]) {
  return standardize ? standardizeValues(xs) : { z: xs, mean: 0, scale: 1 };
}

/**
 * Training and test MSE for every degree 0…maxDegree (ridge at its λ, the lasso at its λ warm-started from
 * the degree below, ordinary least squares otherwise). Degrees above n − 1 give the minimum-norm interpolant.
 */
export function degreeErrorCurve(
  train: CurvePoints,
  test: CurvePoints | null,
  maxDegree: number,
  opts: ErrorCurveOptions,
): ErrorCurve {
  const xs = Array.from(train.x);
  const ys = Array.from(train.y);
  const st = scalingOf(opts.standardize, xs);
  const ridge = opts.ridge ?? 0;
  const lasso = opts.lasso ?? 0;
  const degrees = Array.from({ length: maxDegree + 1 }, (_, d) => d);
  // Without the lasso the degrees are nested least-squares models: one QR of the top design fits all.
  const nested =
    lasso > 0 ? null : fitLinearNested(polynomialFeatures(st.z, maxDegree), ys, degrees, { ridge });
  const at: number[] = [];
  const tr: number[] = [];
  const te: number[] = [];
  let start: number[] | undefined;
  for (const d of degrees) {
    const fit =
      nested?.[d] ??
      fitLinear(polynomialFeatures(st.z, d), ys, {
        ridge,
        lasso,
        lassoOptions: { tol: 1e-8, maxSweeps: 3000 },
        lassoStart: start ? [...start, 0] : undefined,
      });
    start = fit.coef;
    at.push(d);
    tr.push(fit.mse);
    if (test)
      te.push(
        polynomialMse(
          { intercept: fit.intercept, coef: fit.coef, mean: st.mean, scale: st.scale },
          test.x,
          test.y,
        ),
      );
  }
  const t = test ? te : null;
  return { at, train: tr, test: t, best: bestOf(t) };
}

/** λ values of the λ curve: 10⁻⁶ … 10³ (ridge) or λ_max·10⁻⁴ … λ_max (lasso), ascending. */
export function errorCurveLambdas(kind: 'ridge' | 'lasso', lambdaMax = 1, count = 36): number[] {
  return Array.from({ length: count }, (_, i) =>
    kind === 'ridge' ? 10 ** (-6 + (9 * i) / (count - 1)) : lambdaMax * 10 ** (-4 + (4 * i) / (count - 1)),
  );
}

/**
 * Training and test MSE against λ at one degree ≥ 1: ridge solves each λ, the lasso walks the path
 * warm-started from λ_max down. Null with fewer than two points or when λ_max is 0 (the lasso's y constant).
 */
export function lambdaErrorCurve(
  kind: 'ridge' | 'lasso',
  train: CurvePoints,
  test: CurvePoints | null,
  degree: number,
  opts: { standardize: boolean },
): ErrorCurve | null {
  if (degree < 1 || train.x.length < 2) return null;
  const xs = Array.from(train.x);
  const ys = Array.from(train.y);
  const st = scalingOf(opts.standardize, xs);
  const X = polynomialFeatures(st.z, degree);
  let fits: { intercept: number; coef: number[] }[];
  let at: number[];
  if (kind === 'ridge') {
    at = errorCurveLambdas('ridge');
    fits = at.map((l) => fitLinear(X, ys, { ridge: l }));
  } else {
    const top = lassoLambdaMax(X, ys);
    if (!(top > 0)) return null;
    at = errorCurveLambdas('lasso', top);
    const down = at.slice().reverse();
    const path = lassoPath(X, ys, down, { tol: 1e-8, maxSweeps: 3000 });
    fits = path.coefs.map((coef, i) => ({ intercept: path.intercepts[i], coef })).reverse();
  }
  const scaled = (f: { intercept: number; coef: number[] }) => ({ ...f, mean: st.mean, scale: st.scale });
  const tr = fits.map((f) => polynomialMse(scaled(f), train.x, train.y));
  const te = test ? fits.map((f) => polynomialMse(scaled(f), test.x, test.y)) : null;
  return { at, train: tr, test: te, best: bestOf(te) };
}
