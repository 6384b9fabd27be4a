/**
 * The Regression tab's overfitting curves, off the main thread: training and test MSE against the degree
 * (0…maxDegree, a dozen nested fits) and against λ (ridge or lasso, a path of fits), so a drag of a point
 * among 1,000 at degree 12 keeps the page's own task short while the curves follow.
 */
import { degreeErrorCurve, lambdaErrorCurve, type ErrorCurve } from '../../core';
import type { JobContext } from './context';

export interface RegErrorCurvesRequest {
  /** Training points. */
  x: Float64Array;
  y: Float64Array;
  /** Held-out points from the same generator, or null. */
  testX: Float64Array | null;
  testY: Float64Array | null;
  standardize: boolean;
  /** The degree curve's top degree, or −1 for no degree curve (gradient descent fits a line). */
  maxDegree: number;
  /** The penalty of the degree curve (the view's method at its λ; 0 for none). */
  ridge: number;
  lasso: number;
  /** The λ curve at `degree` (ridge or lasso), or null. */
  lambdaKind: 'ridge' | 'lasso' | null;
  degree: number;
}

export interface RegErrorCurvesResult {
  degrees: ErrorCurve | null;
  lambdas: ErrorCurve | null;
}

export async function regErrorCurvesJob(
  req: RegErrorCurvesRequest,
  ctx: JobContext,
): Promise<RegErrorCurvesResult> {
  const n = req.x.length;
  if (n === 0 || req.y.length !== n) throw new Error('The error curves need training points.');
  const train = { x: req.x, y: req.y };
  const test =
    req.testX && req.testY && req.testX.length > 0 && req.testX.length === req.testY.length
      ? { x: req.testX, y: req.testY }
      : null;
  const degrees =
    req.maxDegree >= 0
      ? degreeErrorCurve(train, test, req.maxDegree, {
          standardize: req.standardize,
          ridge: req.ridge,
          lasso: req.lasso,
        })
      : null;
  await ctx.checkpoint();
  const lambdas = req.lambdaKind
    ? lambdaErrorCurve(req.lambdaKind, train, test, req.degree, { standardize: req.standardize })
    : null;
  return { degrees, lambdas };
}
