import { useMemo } from 'react';
import { fitOf, pointsOf } from '../../../stores/ml/regression/data';
import { classPointsOf, logisticOf } from '../../../stores/ml/regression/logistic';
import { degreeCurve, lambdaCurve, testPointsOf } from '../../../stores/ml/regression/overfit';
import { useRegStore } from '../../../stores/ml/regression/store';

/**
 * The view's points and their fit, recomputed when the view changes (every field of it is an input of
 * the fit): a few hundred points at degree ≤ 12 refit well within a frame, so a drag refits live. With
 * a generator behind the points, the held-out test set, its MSE and the error curves against degree and λ.
 */
export function useRegFit() {
  const view = useRegStore((s) => s.view);
  const logistic = view.method === 'logistic';
  const points = useMemo(() => pointsOf(view), [view]);
  const fit = useMemo(
    () => (logistic ? { error: 'The Logistic method fits two classes.' } : fitOf(view, points)),
    [logistic, view, points],
  );
  const test = useMemo(() => (logistic ? null : testPointsOf(view)), [logistic, view]);
  const overfit = useMemo(() => {
    if ('error' in fit || fit.diverged) return null;
    const testMse =
      test && test.length > 0
        ? test.reduce((a, p) => a + (p.x2 - fit.predict(p.x1)) ** 2, 0) / test.length
        : null;
    try {
      return {
        testMse,
        degrees: view.method === 'gd' ? null : degreeCurve(view, points, test),
        lambdas: lambdaCurve(view, points, test),
      };
    } catch {
      return { testMse, degrees: null, lambdas: null };
    }
  }, [fit, view, points, test]);
  return { view, points, fit, test, overfit };
}

/** The Logistic method's classes and fit (null for the other methods). */
export function useLogistic() {
  const view = useRegStore((s) => s.view);
  const on = view.method === 'logistic';
  const points = useMemo(() => (on ? classPointsOf(view) : null), [on, view]);
  return useMemo(() => (points ? { points, result: logisticOf(view, points) } : null), [points, view]);
}
