import { useMemo } from 'react';
import { fitOf, pointsOf } from '../../../stores/ml/regression/data';
import { classPointsOf, logisticOf } from '../../../stores/ml/regression/logistic';
import { useRegStore } from '../../../stores/ml/regression/store';

/**
 * The view's points and their fit, recomputed when the view changes (every field of it is an input of
 * the fit): a few hundred points at degree ≤ 12 refit well within a frame, so a drag refits live.
 */
export function useRegFit() {
  const view = useRegStore((s) => s.view);
  const points = useMemo(() => pointsOf(view), [view]);
  const fit = useMemo(() => fitOf(view, points), [view, points]);
  return { view, points, fit };
}

/** The Logistic method's classes and fit (null for the other methods). */
export function useLogistic() {
  const view = useRegStore((s) => s.view);
  const on = view.method === 'logistic';
  const points = useMemo(() => (on ? classPointsOf(view) : null), [on, view]);
  return useMemo(() => (points ? { points, result: logisticOf(view, points) } : null), [points, view]);
}
