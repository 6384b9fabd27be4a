/**
 * Overfitting on the Regression tab: a held-out test set drawn from the same generator as the training
 * points (another seed stream), the test MSE of a fit, and training and test MSE against the degree
 * (0…12) and against λ (ridge or lasso): the training error only falls, the test error turns up again.
 */
import {
  fitLinear,
  fitLinearNested,
  lassoLambdaMax,
  lassoPath,
  polynomialFeatures,
  standardizeValues,
} from '../../../core';
import type { UserPoint } from '../nn/fields';
import { generatePoints } from './data';
import { MAX_DEGREE, type RegSource, type RegView } from './view';

/** The generator of the held-out set, or null (own or loaded points without one). */
export function testSourceOf(view: RegView): Exclude<RegSource, 'own'> | null {
  if (view.test === 'none') return null;
  if (view.test === 'same') return view.data === 'own' ? null : view.data;
  return view.test;
}

/** The seed of the test set: a fixed scramble of the training seed, so the two sets differ. */
export const testSeed = (seed: number) => (Math.imul(seed ^ 0x5bd1e995, 0x27d4eb2d) >>> 0) % 4294967295 || 1;

let lastTest: { key: string; points: UserPoint[] } | null = null;

/**
 * The held-out points: as many as the training set was generated with, from the same generator. The same
 * array while its settings stay (a drag of a training point changes none of them), so charts keyed on it
 * do not redraw 1,000 marks per move.
 */
export function testPointsOf(view: RegView): UserPoint[] | null {
  const source = testSourceOf(view);
  if (!source) return null;
  const key = `${source}|${view.n}|${view.noise}|${view.seed}`;
  if (lastTest?.key !== key)
    lastTest = {
      key,
      points: generatePoints({ data: source, n: view.n, noise: view.noise, seed: testSeed(view.seed) }),
    };
  return lastTest.points;
}

/** A polynomial fit in the features as shown (z = (x − mean)/scale) evaluated at x. */
export interface ShownPolynomial {
  intercept: number;
  coef: readonly number[];
  mean: number;
  scale: number;
}

export function mseOf(p: ShownPolynomial, pts: readonly UserPoint[]): number {
  let s = 0;
  for (const q of pts) {
    const z = (q.x1 - p.mean) / p.scale;
    let v = p.intercept;
    let pw = 1;
    for (const c of p.coef) v += c * (pw *= z);
    s += (q.x2 - v) ** 2;
  }
  return s / pts.length;
}

export interface ErrorCurve {
  /** Degrees 0…12, or λ values (ascending). */
  at: number[];
  train: number[];
  test: number[] | null;
  /** Index of the lowest test error (null without a test set). */
  best: number | null;
}

const bestOf = (test: number[] | null) => {
  if (!test) return null;
  let k = -1;
  test.forEach((v, i) => {
    if (Number.isFinite(v) && (k < 0 || v < test[k])) k = i;
  });
  return k < 0 ? null : k;
};

/** Standardization of the training x as the view asks (identity when off). */
function scalingOf(view: RegView, xs: number[]) {
  return view.standardize ? standardizeValues(xs) : { z: xs, mean: 0, scale: 1 };
}

/**
 * Training and test MSE for every degree 0…12 with the view's method (ridge at its λ, the lasso at its λ,
 * ordinary least squares otherwise). Degrees above n − 1 give the minimum-norm interpolant.
 */
export function degreeCurve(
  view: RegView,
  train: readonly UserPoint[],
  test: readonly UserPoint[] | null,
): ErrorCurve {
  const xs = train.map((p) => p.x1);
  const ys = train.map((p) => p.x2);
  const st = scalingOf(view, xs);
  const at: number[] = [];
  const tr: number[] = [];
  const te: number[] = [];
  const ridge = view.method === 'ridge' ? view.ridge : 0;
  const lasso = view.method === 'lasso' ? view.lasso : 0;
  let start: number[] | undefined;
  const degrees = Array.from({ length: MAX_DEGREE + 1 }, (_, d) => d);
  // Without the lasso the degrees are nested least-squares models: one QR of the degree-12 design fits all.
  const nested =
    lasso > 0 ? null : fitLinearNested(polynomialFeatures(st.z, MAX_DEGREE), ys, degrees, { ridge });
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
      te.push(mseOf({ intercept: fit.intercept, coef: fit.coef, mean: st.mean, scale: st.scale }, test));
  }
  const t = test ? te : null;
  return { at, train: tr, test: t, best: bestOf(t) };
}

/** λ values of the λ curve: 10⁻⁶ … 10³ (ridge) or λ_max·10⁻⁴ … λ_max (lasso), ascending. */
export function lambdaGrid(kind: 'ridge' | 'lasso', lambdaMax = 1, count = 36): number[] {
  return Array.from({ length: count }, (_, i) =>
    kind === 'ridge' ? 10 ** (-6 + (9 * i) / (count - 1)) : lambdaMax * 10 ** (-4 + (4 * i) / (count - 1)),
  );
}

/** Training and test MSE against λ at the view's degree (ridge solves each λ; the lasso walks the path warm-started from λ_max down). */
export function lambdaCurve(
  view: RegView,
  train: readonly UserPoint[],
  test: readonly UserPoint[] | null,
): ErrorCurve | null {
  if (view.method !== 'ridge' && view.method !== 'lasso') return null;
  if (view.degree < 1 || train.length < 2) return null;
  const xs = train.map((p) => p.x1);
  const ys = train.map((p) => p.x2);
  const st = scalingOf(view, xs);
  const X = polynomialFeatures(st.z, view.degree);
  let fits: { intercept: number; coef: number[] }[];
  let at: number[];
  if (view.method === 'ridge') {
    at = lambdaGrid('ridge');
    fits = at.map((l) => fitLinear(X, ys, { ridge: l }));
  } else {
    const top = lassoLambdaMax(X, ys);
    if (!(top > 0)) return null;
    at = lambdaGrid('lasso', top);
    const down = at.slice().reverse();
    const path = lassoPath(X, ys, down, { tol: 1e-8, maxSweeps: 3000 });
    fits = path.coefs.map((coef, i) => ({ intercept: path.intercepts[i], coef })).reverse();
  }
  const scaled = (f: { intercept: number; coef: number[] }) => ({ ...f, mean: st.mean, scale: st.scale });
  const tr = fits.map((f) => mseOf(scaled(f), train));
  const te = test ? fits.map((f) => mseOf(scaled(f), test)) : null;
  return { at, train: tr, test: te, best: bestOf(te) };
}
