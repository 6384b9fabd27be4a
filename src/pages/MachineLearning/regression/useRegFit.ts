import { useDeferredValue, useMemo } from 'react';
import { fitOf, pointsOf } from '../../../stores/ml/regression/data';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import type { RegView } from '../../../stores/ml/regression/view';
import { classPointsOf, logisticOf } from '../../../stores/ml/regression/logistic';
import { degreeCurve, lambdaCurve, testPointsOf } from '../../../stores/ml/regression/overfit';
import { useRegStore } from '../../../stores/ml/regression/store';

/**
 * f(view), computed once per view object: the urgent and the deferred render share the fit, and a deferred
 * render that a newer drag move interrupted leaves its error curves for the next one.
 */
function cached<T>(memo: WeakMap<RegView, T>, view: RegView, f: (view: RegView) => T): T {
  if (!memo.has(view)) memo.set(view, f(view));
  return memo.get(view) as T;
}

const fits = new WeakMap<RegView, { points: UserPoint[]; fit: ReturnType<typeof fitOf> }>();
const extras = new WeakMap<RegView, ReturnType<typeof overfitOf>>();

/** The points and the fit of one view. */
function fitFor(view: RegView) {
  return cached(fits, view, () => {
    const points = pointsOf(view);
    const fit =
      view.method === 'logistic' ? { error: 'The Logistic method fits two classes.' } : fitOf(view, points);
    return { points, fit };
  });
}

/** The held-out test set, its MSE and the error curves against degree (13 fits) and λ (a path of fits). */
function overfitOf(view: RegView) {
  const { points, fit } = fitFor(view);
  const test = view.method === 'logistic' ? null : testPointsOf(view);
  if ('error' in fit || fit.diverged) return { test, overfit: null };
  const testMse =
    test && test.length > 0
      ? test.reduce((a, p) => a + (p.x2 - fit.predict(p.x1)) ** 2, 0) / test.length
      : null;
  try {
    return {
      test,
      overfit: {
        testMse,
        degrees: view.method === 'gd' ? null : degreeCurve(view, points, test),
        lambdas: lambdaCurve(view, points, test),
      },
    };
  } catch {
    return { test, overfit: { testMse, degrees: null, lambdas: null } };
  }
}

/**
 * The view's points and their fit, recomputed when the view changes (every field of it is an input of
 * the fit), so a drag refits the curve and the band in the pointer's own task. The held-out set and the
 * error curves, a dozen more fits, follow in a deferred render (`later`): a task of their own, which a
 * faster drag may skip; the last position always lands. With 1,000 points at degree 12 the two together
 * made every drag move one task of 65–170 ms.
 */
export function useRegFit() {
  const view = useRegStore((s) => s.view);
  const { points, fit } = fitFor(view);
  const later = useDeferredValue(view);
  const { test, overfit } = useMemo(() => cached(extras, later, overfitOf), [later]);
  const { points: laterPoints, fit: laterFit } = fitFor(later);
  return { view, points, fit, later, laterPoints, laterFit, test, overfit };
}

/** The Logistic method's classes and fit (null for the other methods). */
export function useLogistic() {
  const view = useRegStore((s) => s.view);
  const on = view.method === 'logistic';
  const points = useMemo(() => (on ? classPointsOf(view) : null), [on, view]);
  return useMemo(() => (points ? { points, result: logisticOf(view, points) } : null), [points, view]);
}
