import { describe, expect, it } from 'vitest';
import { fitLinear, polynomialFeatures } from '../../../../../src/core';
import { generatePoints, pointsOf } from '../../../../../src/stores/ml/regression/data';
import {
  degreeCurve,
  lambdaCurve,
  mseOf,
  testPointsOf,
  testSourceOf,
} from '../../../../../src/stores/ml/regression/overfit';
import { useRegStore } from '../../../../../src/stores/ml/regression/store';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

const sine: RegView = { ...regView.defaults, data: 'sine', n: 30, noise: 0.3, seed: 3 };

describe('the held-out test set and the error curves', () => {
  it('comes from the same generator with another seed stream, reproducibly', () => {
    const test = testPointsOf(sine)!;
    expect(test).toHaveLength(30);
    expect(testPointsOf(sine)).toEqual(test);
    expect(test).not.toEqual(generatePoints(sine));
    expect(testSourceOf({ ...sine, data: 'own' })).toBeNull();
    expect(testSourceOf({ ...sine, data: 'own', test: 'sine' })).toBe('sine');
    expect(testSourceOf({ ...sine, test: 'none' })).toBeNull();
  });

  it('degree curve: training MSE never rises with the degree, the test MSE is U-shaped with its best inside', () => {
    const train = pointsOf(sine);
    const c = degreeCurve({ ...sine, standardize: true }, train, testPointsOf(sine));
    expect(c.at).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (let d = 1; d <= 12; d++) expect(c.train[d]).toBeLessThanOrEqual(c.train[d - 1] * (1 + 1e-9));
    expect(c.best).not.toBeNull();
    expect(c.best!).toBeGreaterThanOrEqual(3);
    expect(c.best!).toBeLessThan(12);
    expect(c.test![12]).toBeGreaterThan(c.test![c.best!]);
    expect(c.test![0]).toBeGreaterThan(c.test![c.best!]);
    // Each entry is the MSE of the fit at that degree on the test points, computed independently here.
    const d = 4;
    const fit = fitLinear(
      polynomialFeatures(
        train.map((p) => p.x1),
        d,
      ),
      train.map((p) => p.x2),
    );
    const test = testPointsOf(sine)!;
    let s = 0;
    for (const p of test) {
      let v = fit.intercept;
      for (let k = 0; k < d; k++) v += fit.coef[k] * p.x1 ** (k + 1);
      s += (p.x2 - v) ** 2;
    }
    const raw = degreeCurve(sine, train, test);
    expect(raw.test![d]).toBeCloseTo(s / test.length, 10);
    expect(mseOf({ intercept: fit.intercept, coef: fit.coef, mean: 0, scale: 1 }, train)).toBeCloseTo(
      fit.mse,
      12,
    );
  });

  it('λ curve: ridge training MSE rises with λ; lasso walks λ_max·10⁻⁴ … λ_max; none without a penalty method', () => {
    const train = pointsOf(sine);
    const test = testPointsOf(sine);
    const r = lambdaCurve({ ...sine, method: 'ridge', degree: 9, standardize: true }, train, test)!;
    for (let i = 1; i < r.at.length; i++)
      expect(r.train[i]).toBeGreaterThanOrEqual(r.train[i - 1] * (1 - 1e-9));
    expect(r.best).not.toBeNull();
    const l = lambdaCurve({ ...sine, method: 'lasso', degree: 9, standardize: true }, train, test)!;
    expect(l.at[0]).toBeLessThan(l.at[l.at.length - 1]);
    // At λ_max every coefficient is 0: the training MSE is the variance of y.
    const ys = train.map((p) => p.x2);
    const m = ys.reduce((a, v) => a + v, 0) / ys.length;
    expect(l.train[l.train.length - 1]).toBeCloseTo(ys.reduce((a, v) => a + (v - m) ** 2, 0) / ys.length, 8);
    expect(lambdaCurve({ ...sine, method: 'normal' }, train, test)).toBeNull();
  });

  it('editing a generated set keeps its test set; loading a CSV drops it; choosing a generator follows it again', () => {
    const st = useRegStore.getState();
    st.loadView({ ...sine }, []);
    useRegStore.getState().movePoint(0, 0, 0);
    expect(useRegStore.getState().view.data).toBe('own');
    expect(useRegStore.getState().view.test).toBe('sine');
    expect(testPointsOf(useRegStore.getState().view)).toEqual(testPointsOf(sine));
    useRegStore.getState().loadCsv('1,2\n3,4');
    expect(useRegStore.getState().view.test).toBe('none');
    useRegStore.getState().set('data', 'line');
    expect(useRegStore.getState().view.test).toBe('same');
    expect(testSourceOf(useRegStore.getState().view)).toBe('line');
  });
});
