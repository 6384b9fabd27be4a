/**
 * Overfitting on the Regression tab: a held-out test set drawn from the same generator as the training
 * points (another seed stream), the test MSE of a fit, and training and test MSE against the degree
 * (0…12) and against λ (ridge or lasso): the training error only falls, the test error turns up again.
 */
import {
  degreeErrorCurve,
  errorCurveLambdas,
  lambdaErrorCurve,
  polynomialMse,
  type ErrorCurve,
  type ShownPolynomial,
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

export type { ErrorCurve, ShownPolynomial } from '../../../core';

export function mseOf(p: ShownPolynomial, pts: readonly UserPoint[]): number {
  return polynomialMse(
    p,
    pts.map((q) => q.x1),
    pts.map((q) => q.x2),
  );
}

const xyOf = (pts: readonly UserPoint[]) => ({ x: pts.map((p) => p.x1), y: pts.map((p) => p.x2) });

/**
 * Training and test MSE for every degree 0…12 with the view's method (ridge at its λ, the lasso at its λ,
 * ordinary least squares otherwise). Degrees above n − 1 give the minimum-norm interpolant.
 */
export function degreeCurve(
  view: RegView,
  train: readonly UserPoint[],
  test: readonly UserPoint[] | null,
): ErrorCurve {
  return degreeErrorCurve(xyOf(train), test ? xyOf(test) : null, MAX_DEGREE, {
    standardize: view.standardize,
    ridge: view.method === 'ridge' ? view.ridge : 0,
    lasso: view.method === 'lasso' ? view.lasso : 0,
  });
}

/** λ values of the λ curve: 10⁻⁶ … 10³ (ridge) or λ_max·10⁻⁴ … λ_max (lasso), ascending. */
export const lambdaGrid = errorCurveLambdas;

/** Training and test MSE against λ at the view's degree (ridge solves each λ; the lasso walks the path warm-started from λ_max down). */
export function lambdaCurve(
  view: RegView,
  train: readonly UserPoint[],
  test: readonly UserPoint[] | null,
): ErrorCurve | null {
  if (view.method !== 'ridge' && view.method !== 'lasso') return null;
  return lambdaErrorCurve(view.method, xyOf(train), test ? xyOf(test) : null, view.degree, {
    standardize: view.standardize,
  });
}
