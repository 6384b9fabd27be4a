// Properties and bad input of the regression core beyond the fixtures: minimum-norm solutions,
// gradient-descent paths, the lasso path, standardization, and clear errors instead of NaN.
import { describe, expect, it } from 'vitest';
import {
  bayesianLinearRegression,
  bayesianPosteriorFromGram,
  createRng,
  fitLinear,
  fitLogistic,
  lassoKktViolation,
  lassoLambdaMax,
  lassoPath,
  leastSquaresDescentPath,
  leastSquaresObjective,
  leastSquaresStepLimit,
  lineLossGrid,
  logisticBoundary,
  logisticLossGrid,
  logisticObjective,
  normalEquations,
  polynomialFeatures,
  polynomialToOriginalUnits,
  samplePosteriorWeights,
  standardizeValues,
} from '../../../../src/core/index';

const rng = createRng(11);
const xs = Array.from({ length: 40 }, (_, i) => -2 + (4 * i) / 39);
const ys = xs.map((x) => 1.5 * x - 0.5 + 0.3 * Math.sin(7 * x) + 0.1 * (rng.next() - 0.5));
const line = xs.map((x) => [x]);

describe('fitLinear edge cases', () => {
  it('fitLinear with fewer points than coefficients returns the minimum-norm solution (rank < p)', () => {
    const X = polynomialFeatures([0, 1, 2], 5);
    const y = [1, 3, 2];
    const f = fitLinear(X, y);
    expect(f.rank).toBe(2);
    f.residuals.forEach((r) => expect(Math.abs(r)).toBeLessThan(1e-10));
    // Minimum norm: w lies in the row space of the centred X, so it is orthogonal to its null space.
    const n = fitLinear(X, y, { ridge: 1e-9 });
    n.coef.forEach((c, j) => expect(c).toBeCloseTo(f.coef[j], 5));
  });

  it('fitLinear on identical points gives the mean as intercept, zero slope, no NaN', () => {
    const f = fitLinear([[2], [2], [2]], [1, 2, 3]);
    expect(f.coef).toEqual([0]);
    expect(f.intercept).toBeCloseTo(2, 14);
    expect(f.r2).toBe(0);
    expect(Number.isFinite(f.mse)).toBe(true);
  });

  it('fitLinear with degree 0 (no features) fits the mean', () => {
    const f = fitLinear(polynomialFeatures([1, 2, 3], 0), [1, 2, 6]);
    expect(f.coef).toEqual([]);
    expect(f.intercept).toBeCloseTo(3, 14);
  });

  it('fitLinear refuses λ < 0, both penalties, wrong lengths, NaN and empty data with RangeErrors', () => {
    expect(() => fitLinear(line, ys, { ridge: -1 })).toThrow(RangeError);
    expect(() => fitLinear(line, ys, { lasso: -0.1 })).toThrow(RangeError);
    expect(() => fitLinear(line, ys, { ridge: 1, lasso: 1 })).toThrow(/not both/);
    expect(() => fitLinear(line, ys.slice(1))).toThrow(RangeError);
    expect(() => fitLinear([[NaN]], [1])).toThrow(RangeError);
    expect(() => fitLinear([], [])).toThrow(RangeError);
    expect(() => fitLinear([[1], [1, 2]], [1, 2])).toThrow(RangeError);
  });

  it('fitLinear at degree 12 on unstandardized x far from 0 stays finite', () => {
    const x = Array.from({ length: 30 }, (_, i) => 100 + i);
    const f = fitLinear(
      polynomialFeatures(x, 12),
      x.map((v) => Math.log(v)),
    );
    expect(f.coef.every(Number.isFinite) && Number.isFinite(f.intercept)).toBe(true);
    expect(normalEquations(polynomialFeatures(x, 12), x).conditionNumber).toBeGreaterThan(1e8);
  });
});

describe('normalEquations(X, y)', () => {
  it('normalEquations([[0],[1],[2]], …) = [[3, 3], [3, 5]] with cond (σ₁/σ₂)²', () => {
    const ne = normalEquations([[0], [1], [2]], [1, 2, 4]);
    expect(ne.xtx).toEqual([
      [3, 3],
      [3, 5],
    ]);
    expect(ne.xty).toEqual([7, 10]);
    // Eigenvalues of [[3,3],[3,5]] are 4 ± √10.
    expect(ne.conditionNumber).toBeCloseTo((4 + Math.sqrt(10)) / (4 - Math.sqrt(10)), 10);
  });

  it('normalEquations of dependent columns has condition number Infinity', () => {
    expect(
      normalEquations(
        [
          [1, 2],
          [2, 4],
          [3, 6],
        ],
        [1, 2, 3],
      ).conditionNumber,
    ).toBe(Infinity);
  });
});

describe('standardization and original units', () => {
  it('standardizeValues uses the population sd and maps back exactly through polynomialToOriginalUnits', () => {
    const s = standardizeValues(xs);
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(s.mean).toBeCloseTo(m, 14);
    expect(s.scale).toBeCloseTo(Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length), 14);
    const fz = fitLinear(polynomialFeatures(s.z, 3), ys);
    const fx = fitLinear(polynomialFeatures(xs, 3), ys);
    const back = polynomialToOriginalUnits(fz.intercept, fz.coef, s.mean, s.scale);
    expect(back.intercept).toBeCloseTo(fx.intercept, 10);
    back.coef.forEach((c, j) => expect(c).toBeCloseTo(fx.coef[j], 10));
  });

  it('standardizeValues of constant x keeps scale 1 (no division by 0)', () => {
    expect(standardizeValues([3, 3, 3])).toEqual({ z: [0, 0, 0], mean: 3, scale: 1 });
  });
});

describe('gradient descent on the MSE', () => {
  it('leastSquaresDescentPath below 2/λmax converges to fitLinear', () => {
    const limit = leastSquaresStepLimit(line);
    const path = leastSquaresDescentPath(line, ys, { learningRate: 0.9 * limit, steps: 2000 });
    const f = fitLinear(line, ys);
    const last = path.params[path.params.length - 1];
    expect(last[0]).toBeCloseTo(f.intercept, 8);
    expect(last[1]).toBeCloseTo(f.coef[0], 8);
    for (let t = 1; t < path.losses.length; t++)
      expect(path.losses[t]).toBeLessThanOrEqual(path.losses[t - 1] + 1e-15);
  });

  it('leastSquaresDescentPath above 2/λmax diverges and says so, without NaN', () => {
    const limit = leastSquaresStepLimit(line);
    const path = leastSquaresDescentPath(line, ys, { learningRate: 1.2 * limit, steps: 5000 });
    expect(path.diverged).toBe(true);
    expect(path.losses.every(Number.isFinite)).toBe(true);
  });

  it('leastSquaresDescentPath with a batch size is reproducible from its seed and differs across seeds', () => {
    const opts = { learningRate: 0.05, steps: 50, batchSize: 5 };
    const a = leastSquaresDescentPath(line, ys, { ...opts, seed: 3 });
    const b = leastSquaresDescentPath(line, ys, { ...opts, seed: 3 });
    const c = leastSquaresDescentPath(line, ys, { ...opts, seed: 4 });
    expect(a.params).toEqual(b.params);
    expect(a.params).not.toEqual(c.params);
  });

  it('leastSquaresObjective gradient matches central differences', () => {
    const { loss, gradient } = leastSquaresObjective(line, ys, 0.3, [0.7]);
    const h = 1e-6;
    const fd0 =
      (leastSquaresObjective(line, ys, 0.3 + h, [0.7]).loss -
        leastSquaresObjective(line, ys, 0.3 - h, [0.7]).loss) /
      (2 * h);
    expect(gradient[0]).toBeCloseTo(fd0, 6);
    expect(loss).toBeGreaterThan(0);
  });

  it('lineLossGrid equals the MSE computed point by point', () => {
    const grid = lineLossGrid(xs, ys, [0.5, 1.5], [-1, 0, 1]);
    expect(grid.length).toBe(6);
    expect(grid[1 * 2 + 1]).toBeCloseTo(leastSquaresObjective(line, ys, 0, [1.5]).loss, 12);
  });

  it('leastSquaresDescentPath refuses a non-positive learning rate or a bad start', () => {
    expect(() => leastSquaresDescentPath(line, ys, { learningRate: 0, steps: 1 })).toThrow(RangeError);
    expect(() => leastSquaresDescentPath(line, ys, { learningRate: 0.1, steps: 1, start: [0] })).toThrow(
      RangeError,
    );
  });
});

describe('lasso path', () => {
  const X = polynomialFeatures(standardizeValues(xs).z, 6);
  const lmax = lassoLambdaMax(X, ys);
  const lambdas = Array.from({ length: 30 }, (_, i) => lmax * 10 ** (-4 * (i / 29)));

  it('lassoLambdaMax is the smallest λ with all coefficients 0', () => {
    expect(fitLinear(X, ys, { lasso: lmax * (1 + 1e-9) }).coef.every((c) => c === 0)).toBe(true);
    expect(fitLinear(X, ys, { lasso: lmax * 0.99 }).coef.some((c) => c !== 0)).toBe(true);
  });

  it('lassoPath warm-started equals cold starts, satisfies KKT at every λ and needs fewer sweeps', () => {
    const warm = lassoPath(X, ys, lambdas);
    const cold = lassoPath(X, ys, lambdas, { warmStart: false });
    const n = X.length;
    const xm = X[0].map((_, j) => X.reduce((s, r) => s + r[j], 0) / n);
    const ym = ys.reduce((a, b) => a + b, 0) / n;
    const xc = X.map((r) => r.map((v, j) => v - xm[j]));
    const yc = ys.map((v) => v - ym);
    warm.coefs.forEach((w, i) => {
      w.forEach((c, j) => expect(Math.abs(c - cold.coefs[i][j])).toBeLessThan(1e-7));
      expect(lassoKktViolation(xc, yc, w, lambdas[i])).toBeLessThan(1e-7);
    });
    expect(warm.sweeps).toBeLessThan(cold.sweeps);
  });
});

describe('Bayesian linear regression', () => {
  const Phi = xs.map((x) => [1, x]);

  it('the posterior mean equals ridge with λ = α/β on every coefficient (intercept included)', () => {
    const post = bayesianLinearRegression(Phi, ys, 2, 25);
    const ridge = fitLinear(Phi, ys, { intercept: false, ridge: 2 / 25 });
    post.mean.forEach((m, j) => expect(m).toBeCloseTo(ridge.coef[j], 12));
  });

  it('the predictive variance grows away from the data and is never below 1/β', () => {
    const post = bayesianLinearRegression(Phi, ys, 2, 25);
    const near = post.predict([1, 0]).variance;
    const far = post.predict([1, 10]).variance;
    expect(near).toBeGreaterThanOrEqual(1 / 25);
    expect(far).toBeGreaterThan(near);
  });

  it('with only an all-zero row of Φ (no information) the posterior is the prior N(0, α⁻¹I)', () => {
    const post = bayesianLinearRegression([[0, 0]], [0], 4, 1);
    expect(post.cov).toEqual([
      [1 / 4, 0],
      [0, 1 / 4],
    ]);
    expect(post.mean).toEqual([0, 0]);
  });

  it('samplePosteriorWeights is reproducible and centred on the posterior mean', () => {
    const post = bayesianLinearRegression(Phi, ys, 2, 25);
    const a = samplePosteriorWeights(post, createRng(5), 4000);
    expect(samplePosteriorWeights(post, createRng(5), 3)).toEqual(a.slice(0, 3));
    const m = a.reduce((s, w) => s + w[1], 0) / a.length;
    expect(Math.abs(m - post.mean[1])).toBeLessThan(5 * Math.sqrt(post.cov[1][1] / a.length));
  });

  it('bayesianLinearRegression refuses α ≤ 0 or β ≤ 0', () => {
    expect(() => bayesianLinearRegression(Phi, ys, 0, 1)).toThrow(RangeError);
    expect(() => bayesianLinearRegression(Phi, ys, 1, -1)).toThrow(RangeError);
  });
});

describe('bayesianPosteriorFromGram', () => {
  it('from normalEquations of the same rows equals bayesianLinearRegression to the bit', () => {
    const z = [-1.2, -0.4, 0.1, 0.7, 1.3, 2.1, -2];
    const y = [0.5, -0.2, 0.9, 1.4, 0.3, -1.1, 2];
    const phi = polynomialFeatures(z, 5).map((r) => [1, ...r]);
    const ne = normalEquations(phi, y, { intercept: false });
    const direct = bayesianLinearRegression(phi, y, 0.7, 3);
    const fromGram = bayesianPosteriorFromGram(ne.xtx, ne.xty, 0.7, 3);
    expect(fromGram.mean).toEqual(direct.mean);
    expect(fromGram.cov).toEqual(direct.cov);
    expect(fromGram.predict(phi[2])).toEqual(direct.predict(phi[2]));
  });
  it('refuses a Gram matrix of the wrong size, non-finite entries or α ≤ 0', () => {
    expect(() => bayesianPosteriorFromGram([[1, 0]], [1, 2], 1, 1)).toThrow(RangeError);
    expect(() => bayesianPosteriorFromGram([[NaN]], [1], 1, 1)).toThrow(RangeError);
    expect(() => bayesianPosteriorFromGram([[1]], [1], 0, 1)).toThrow(RangeError);
  });
});

describe('logistic regression', () => {
  const X2 = Array.from({ length: 40 }, (_, i) => [Math.cos(i), Math.sin(2 * i)]);
  const sep = X2.map(([a, b]) => (a + b > 0 ? 1 : 0));

  it('fitLogistic on separable data without L2 grows the weights but never returns NaN', () => {
    const f = fitLogistic(X2, sep);
    expect([f.intercept, ...f.coef, f.loss].every(Number.isFinite)).toBe(true);
    expect(Math.hypot(...f.coef)).toBeGreaterThan(10);
    const g = fitLogistic(X2, sep, { l2: 0.1 });
    expect(g.converged).toBe(true);
    expect(Math.hypot(...g.coef)).toBeLessThan(Math.hypot(...f.coef));
  });

  it('fitLogistic refuses labels other than 0/1 and l2 < 0', () => {
    expect(() =>
      fitLogistic(
        X2,
        sep.map((v) => v * 2),
      ),
    ).toThrow(RangeError);
    expect(() => fitLogistic(X2, sep, { l2: -1 })).toThrow(RangeError);
  });

  it('logisticLossGrid matches logisticObjective at a grid point', () => {
    const grid = logisticLossGrid(X2, sep, [0.5, 1], [-1, 2], 0.25, 0.1);
    expect(grid[1 * 2 + 0]).toBeCloseTo(logisticObjective(X2, sep, 0.25, [0.5, 2], 0.1).loss, 12);
  });

  it('logisticBoundary clips b + w·x = 0 to the box', () => {
    const seg = logisticBoundary(0, [1, -1], { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 });
    expect(seg).toEqual([
      [-1, -1],
      [1, 1],
    ]);
    expect(logisticBoundary(0, [0, 0], { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 })).toBeNull();
    expect(logisticBoundary(10, [1, 0], { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 })).toBeNull();
  });
});
