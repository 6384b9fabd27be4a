import { describe, expect, it } from 'vitest';
import {
  bayesianLinearRegression,
  normalEquations,
  polynomialFeatures,
  standardizeValues,
} from '../../../../../src/core';
import { fitOf, generatePoints } from '../../../../../src/stores/ml/regression/data';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

const view: RegView = {
  ...regView.defaults,
  data: 'sine',
  n: 200,
  noise: 0.3,
  seed: 4,
  degree: 12,
  standardize: true,
  method: 'bayes',
};

describe('fitOf reuses the design of an unchanged x (a point dragged straight up)', () => {
  it('gives exactly the normal equations computed afresh, before and after y changes', () => {
    const pts = generatePoints(view);
    const moved = pts.map((p, i) => (i === 3 ? { ...p, x2: p.x2 + 1.5 } : p));
    const movedX = pts.map((p, i) => (i === 3 ? { ...p, x1: p.x1 + 0.25 } : p));
    for (const set of [pts, moved, movedX, moved]) {
      const fit = fitOf(view, set);
      if ('error' in fit) throw new Error(fit.error);
      const z = standardizeValues(set.map((p) => p.x1)).z;
      const ne = normalEquations(
        polynomialFeatures(z, 12),
        set.map((p) => p.x2),
      );
      expect(fit.xty).toEqual(ne.xty);
      expect(fit.xtx).toEqual(ne.xtx);
      expect(fit.conditionNumber).toBe(ne.conditionNumber);
      // The posterior from the remembered rows [1, z, …] is the one from rows built afresh.
      const post = bayesianLinearRegression(
        polynomialFeatures(z, 12).map((r) => [1, ...r]),
        set.map((p) => p.x2),
        view.alpha,
        view.beta,
      );
      expect(fit.bayes?.map).toEqual(post.mean);
      const st = standardizeValues(set.map((p) => p.x1));
      const phi = [1, ...polynomialFeatures([(0.3 - st.mean) / st.scale], 12)[0]];
      expect(fit.bayes?.band(0.3).sd).toBe(Math.sqrt(post.predict(phi).variance));
    }
  });
});
