// Every regression case of tests/fixtures/ml.json (NumPy / scikit-learn references) with the
// tolerances of tests/fixtures/README.md.
import { describe, expect, it } from 'vitest';
import { regressionCases } from '../../../references/regression';
import {
  bayesianLinearRegression,
  fitLinear,
  fitLogistic,
  lassoKktViolation,
  logisticObjective,
  polynomialFeatures,
} from '../../../../src/core/index';

const reg = regressionCases;

/** |actual − expected| ≤ tol·max(|expected|, floor). */
function close(actual: number, expected: number, tol: number, floor = 0): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(Math.abs(expected), floor));
}
const maxAbs = (v: number[]) => v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

describe('polynomialFeatures(x, degree) against NumPy', () => {
  for (const c of reg.polynomialFeatures) {
    it(`polynomialFeatures([${c.x.join(', ')}], ${c.degree}) to 1e-12 relative`, () => {
      const rows = polynomialFeatures(c.x, c.degree);
      expect(rows.map((r) => r.length)).toEqual(c.rows.map((r) => r.length));
      rows.forEach((r, i) => r.forEach((v, j) => close(v, c.rows[i][j], 1e-12)));
    });
  }
});

describe('fitLinear(X, y, opts) against scikit-learn', () => {
  for (const c of reg.fitLinear) {
    it(`fitLinear ${c.label} (${c.kind}, ${JSON.stringify(c.opts)})`, () => {
      const f = fitLinear(c.X, c.y, c.opts ?? undefined);
      const lasso = c.kind === 'lasso';
      const tol = lasso ? 1e-7 : 1e-9;
      const coefScale = Math.max(maxAbs(c.coef), Math.abs(c.intercept));
      const yScale = maxAbs(c.y);
      close(f.intercept, c.intercept, tol, coefScale);
      f.coef.forEach((v, j) => {
        if (lasso && c.coef[j] === 0) expect(Math.abs(v)).toBeLessThanOrEqual(1e-12);
        else close(v, c.coef[j], tol, coefScale);
      });
      f.fitted.forEach((v, i) => close(v, c.fitted[i], tol, yScale));
      f.residuals.forEach((v, i) => close(v, c.residuals[i], tol, yScale));
      close(f.r2, c.r2, tol, 1);
      close(f.mse, c.mse, tol, yScale * yScale * 1e-9);
    });
  }

  for (const c of reg.fitLinear.filter((k) => k.kind === 'lasso')) {
    it(`fitLinear ${c.label}: the lasso solution satisfies KKT to 1e-7`, () => {
      const f = fitLinear(c.X, c.y, c.opts ?? undefined);
      const withIntercept = c.opts?.intercept ?? true;
      const n = c.X.length;
      const xMean = c.X[0].map((_, j) => (withIntercept ? c.X.reduce((s, r) => s + r[j], 0) / n : 0));
      const yMean = withIntercept ? c.y.reduce((s, v) => s + v, 0) / n : 0;
      const xc = c.X.map((r) => r.map((v, j) => v - xMean[j]));
      const yc = c.y.map((v) => v - yMean);
      expect(lassoKktViolation(xc, yc, f.coef, c.opts?.lasso ?? 0)).toBeLessThanOrEqual(1e-7);
      expect(f.converged).toBe(true);
    });
  }
});

describe('bayesianLinearRegression(Phi, y, alpha, beta) against NumPy', () => {
  reg.bayesian.forEach((c, k) => {
    it(`case ${k + 1} (α = ${c.alpha}, β = ${c.beta}): mean, cov and predictive to 1e-9 relative`, () => {
      const post = bayesianLinearRegression(c.Phi, c.y, c.alpha, c.beta);
      const meanScale = maxAbs(c.mean);
      const covScale = maxAbs(c.cov.flat());
      post.mean.forEach((v, j) => close(v, c.mean[j], 1e-9, 1e-12 * meanScale));
      post.cov.forEach((row, i) => row.forEach((v, j) => close(v, c.cov[i][j], 1e-9, 1e-12 * covScale)));
      for (const p of c.predict) {
        const r = post.predict(p.phi);
        close(r.mean, p.mean, 1e-9, 1e-12 * meanScale);
        close(r.variance, p.variance, 1e-9);
      }
    });
  });
});

describe('fitLogistic(X, y, opts) against scikit-learn', () => {
  for (const c of reg.logistic) {
    it(`fitLogistic ${c.label}: weights 1e-7, loss 1e-10, gradient < 1e-8`, () => {
      const f = fitLogistic(c.X, c.y, c.opts ?? undefined);
      const scale = Math.max(1, maxAbs(c.coef), Math.abs(c.intercept));
      expect(Math.abs(f.intercept - c.intercept)).toBeLessThanOrEqual(1e-7 * scale);
      f.coef.forEach((v, j) => expect(Math.abs(v - c.coef[j])).toBeLessThanOrEqual(1e-7 * scale));
      close(f.loss, c.loss, 1e-10);
      expect(Number.isInteger(f.iterations) && f.iterations > 0).toBe(true);
      const { gradient } = logisticObjective(c.X, c.y, f.intercept, f.coef, c.opts?.l2 ?? 0);
      const free = c.opts?.intercept === false ? gradient.slice(1) : gradient;
      expect(Math.hypot(...free)).toBeLessThan(1e-8);
      if (c.opts?.intercept === false) expect(f.intercept).toBe(0);
    });
  }
});
