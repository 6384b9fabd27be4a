import { describe, expect, it } from 'vitest';
import { fitLinear, polynomialFeatures, standardizeValues } from '../../../src/core';
import { regErrorCurvesJob } from '../../../src/worker/jobs/regErrorCurves';
import type { JobContext } from '../../../src/worker/jobs/context';
import { generatePoints } from '../../../src/stores/ml/regression/data';
import { testPointsOf } from '../../../src/stores/ml/regression/overfit';
import { degreeCurve, lambdaCurve } from '../../../src/stores/ml/regression/overfit';
import { curvesRequestOf } from '../../../src/stores/ml/regression/errorCurves';
import { regView, type RegView } from '../../../src/stores/ml/regression/view';

const ctx = (cancelAfter = Infinity): JobContext => {
  let n = 0;
  return {
    async checkpoint() {
      if (++n > cancelAfter) throw new Error('cancelled');
    },
    progress() {},
  };
};

const view: RegView = {
  ...regView.defaults,
  data: 'sine',
  n: 1000,
  noise: 0.3,
  seed: 1,
  degree: 12,
  standardize: true,
  method: 'bayes',
};

describe('regErrorCurvesJob (the overfitting curves in the worker)', () => {
  it('1,000 points, degrees 0…12: each test MSE equals an independent fit at that degree', async () => {
    const train = generatePoints(view);
    const test = testPointsOf(view)!;
    const r = await regErrorCurvesJob(curvesRequestOf(view, train, test), ctx());
    expect(r.lambdas).toBeNull();
    expect(r.degrees!.at).toHaveLength(13);
    expect(r.degrees).toEqual(degreeCurve(view, train, test));
    // Degree 5 checked by hand: a fit on standardized x and its MSE on the held-out points.
    const st = standardizeValues(train.map((p) => p.x1));
    const fit = fitLinear(
      polynomialFeatures(st.z, 5),
      train.map((p) => p.x2),
    );
    let s = 0;
    for (const p of test) {
      const z = (p.x1 - st.mean) / st.scale;
      s += (p.x2 - fit.coef.reduce((a, c, k) => a + c * z ** (k + 1), fit.intercept)) ** 2;
    }
    expect(r.degrees!.test![5]).toBeCloseTo(s / test.length, 10);
    expect(r.degrees!.train[5]).toBeCloseTo(fit.mse, 10);
  });

  it('ridge and lasso: the λ curve at the view degree, as the main thread computed it before', async () => {
    const small = { ...view, n: 60, degree: 6 };
    const train = generatePoints(small);
    const test = testPointsOf(small);
    for (const method of ['ridge', 'lasso'] as const) {
      const v = { ...small, method, ridge: 0.5, lasso: 0.01 };
      const r = await regErrorCurvesJob(curvesRequestOf(v, train, test), ctx());
      expect(r.degrees).toEqual(degreeCurve(v, train, test));
      expect(r.lambdas).toEqual(lambdaCurve(v, train, test));
      expect(r.lambdas!.at).toHaveLength(36);
    }
  });

  it('gradient descent asks for no degree curve; no test set gives no test curve; a cancel stops it', async () => {
    const train = generatePoints({ ...view, n: 40 });
    const r = await regErrorCurvesJob(curvesRequestOf({ ...view, method: 'gd' }, train, null), ctx());
    expect(r).toEqual({ degrees: null, lambdas: null });
    const r2 = await regErrorCurvesJob(curvesRequestOf(view, train, null), ctx());
    expect(r2.degrees!.test).toBeNull();
    expect(r2.degrees!.best).toBeNull();
    await expect(
      regErrorCurvesJob(curvesRequestOf({ ...view, method: 'ridge' }, train, null), ctx(0)),
    ).rejects.toThrow('cancelled');
    await expect(
      regErrorCurvesJob({ ...curvesRequestOf(view, train, null), x: new Float64Array(0) }, ctx()),
    ).rejects.toThrow(/training points/);
  });
});
