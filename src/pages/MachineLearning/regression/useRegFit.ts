import { useDeferredValue, useEffect, useMemo } from 'react';
import { fitOf, pointsOf } from '../../../stores/ml/regression/data';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import type { RegView } from '../../../stores/ml/regression/view';
import { classPointsOf, logisticOf } from '../../../stores/ml/regression/logistic';
import { testPointsOf } from '../../../stores/ml/regression/overfit';
import { curveSettingsOf, useRegErrorCurves } from '../../../stores/ml/regression/errorCurves';
import { useRegStore } from '../../../stores/ml/regression/store';
import { useSettledValue } from './useSettledValue';

/**
 * f(view), computed once per view object: the urgent and the deferred render share the fit.
 */
function cached<T>(memo: WeakMap<RegView, T>, view: RegView, f: (view: RegView) => T): T {
  if (!memo.has(view)) memo.set(view, f(view));
  return memo.get(view) as T;
}

const fits = new WeakMap<RegView, { points: UserPoint[]; fit: ReturnType<typeof fitOf> }>();
const tests = new WeakMap<RegView, ReturnType<typeof testOf>>();

/** The points and the fit of one view. */
function fitFor(view: RegView) {
  return cached(fits, view, () => {
    const points = pointsOf(view);
    const fit =
      view.method === 'logistic' ? { error: 'The Logistic method fits two classes.' } : fitOf(view, points);
    return { points, fit };
  });
}

/** The held-out test set and the test MSE of the view's fit (1,000 evaluations of a polynomial). */
function testOf(view: RegView) {
  const { fit } = fitFor(view);
  const test = view.method === 'logistic' ? null : testPointsOf(view);
  if ('error' in fit || fit.diverged) return { test, testMse: null };
  const testMse =
    test && test.length > 0
      ? test.reduce((a, p) => a + (p.x2 - fit.predict(p.x1)) ** 2, 0) / test.length
      : null;
  return { test, testMse };
}

/**
 * The view's points and their fit, recomputed when the view changes (every field of it is an input of
 * the fit). The fit, and the plot, the curve, the band and the readouts drawn from it, follow the store's
 * view itself: a drag move's store update renders them synchronously, in the pointer's task, so every frame
 * shows the fit of the point under the pointer (issue 14). What cannot follow within a frame's budget
 * follows `later`, a deferred copy rendered in a task of its own: the error curves against degree and λ
 * (a worker job asked for after each deferred commit, `useRegErrorCurves`: one runs, the newest waits;
 * shown while they answer the view's settings) and the charts beside the plot; the equations (KaTeX) wait
 * for the pointer's release (`settled`).
 */
export function useRegFit() {
  const view = useRegStore((s) => s.view);
  const { points, fit } = fitFor(view);
  const { test, testMse } = cached(tests, view, testOf);
  const later = useDeferredValue(view);
  const { points: laterPoints, fit: laterFit } = fitFor(later);
  const { test: laterTest } = cached(tests, later, testOf);
  const laterOk = !('error' in laterFit) && !laterFit.diverged && later.method !== 'logistic';
  const request = useRegErrorCurves((s) => s.request);
  useEffect(() => {
    if (laterOk) request(later, laterPoints, laterTest);
  }, [laterOk, request, later, laterPoints, laterTest]);
  const source = useRegErrorCurves((s) => s.source);
  const curves = useRegErrorCurves((s) => s.curves);
  const ok = !('error' in fit) && !fit.diverged && view.method !== 'logistic';
  const current = ok && source !== null && source.settings === curveSettingsOf(view);
  const overfit = ok
    ? {
        testMse,
        degrees: current ? (curves?.degrees ?? null) : null,
        lambdas: current ? (curves?.lambdas ?? null) : null,
      }
    : null;
  const settled = useSettledValue(later);
  const { points: settledPoints, fit: settledFit } = fitFor(settled);
  return {
    view,
    points,
    fit,
    later,
    laterPoints,
    laterFit,
    settled,
    settledPoints,
    settledFit,
    test,
    overfit,
  };
}

/** The Logistic method's classes and fit (null for the other methods). */
export function useLogistic() {
  const view = useRegStore((s) => s.view);
  const on = view.method === 'logistic';
  const points = useMemo(() => (on ? classPointsOf(view) : null), [on, view]);
  return useMemo(() => (points ? { points, result: logisticOf(view, points) } : null), [points, view]);
}
