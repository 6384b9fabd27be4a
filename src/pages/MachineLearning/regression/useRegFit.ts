import { useMemo } from 'react';
import { fitOf, pointsOf } from '../../../stores/ml/regression/data';
import { useRegStore } from '../../../stores/ml/regression/store';

/** The view's points and their fit, recomputed only when what they depend on changes. */
export function useRegFit() {
  const view = useRegStore((s) => s.view);
  const { data, n, noise, seed, points: own, degree, standardize, method, ridge, lasso } = view;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const points = useMemo(() => pointsOf(view), [data, n, noise, seed, own]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fit = useMemo(() => fitOf(view, points), [points, degree, standardize, method, ridge, lasso]);
  return { view, points, fit };
}
