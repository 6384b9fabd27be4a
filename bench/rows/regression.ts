/**
 * Regression rows (issue 14).
 * - lasso-path-vs-naive (report): the lasso path of 100 λ values from λ_max down to λ_max·10⁻⁴ on 1,000
 *   points of the sine generator with standardized polynomial features of degree 12, by coordinate
 *   descent to tolerance 1e-10, warm-started along the path (each λ starts from the previous solution)
 *   against cold starts (each λ from zero). Both give the same solutions to the tolerance.
 * - regression-drag-refit (report): one drag move of the Regression tab's 1,000-point, degree-12 Bayesian
 *   set (standardize on; the moved point's x changes, so the whole design is rebuilt): the normal equations
 *   with cond(XᵀX) (a QR of the 1,000 × 13 rows) and the posterior, as `fitOf` computes them (the rows
 *   [1 z …] built and summed once, the posterior from XᵀX and Xᵀy: bayesianPosteriorFromGram) against the
 *   core's functions one by one (normalEquations builds and sums its rows, bayesianLinearRegression builds
 *   and sums them again). Both give the same bits.
 */
import type { BenchRow } from '../harness';
import {
  bayesianLinearRegression,
  bayesianPosteriorFromGram,
  lassoLambdaMax,
  lassoPath,
  normalEquations,
  polynomialFeatures,
  standardizeValues,
} from '../../src/core/index';
import type { UserPoint } from '../../src/stores/ml/nn/fields';
import { generatePoints } from '../../src/stores/ml/regression/data';
import { regView, type RegView } from '../../src/stores/ml/regression/view';

export function regressionRows(): BenchRow[] {
  let X: number[][] = [];
  let y: number[] = [];
  let lambdas: number[] = [];
  const path = (warmStart: boolean) =>
    lassoPath(X, y, lambdas, { warmStart, tol: 1e-10, maxSweeps: 100_000 }).sweeps;
  return [
    {
      name: 'lasso-path-vs-naive',
      unit: 'ms/path',
      peerName: 'cold starts at each λ',
      target: null,
      work: 1,
      kind: 'time',
      setup() {
        const pts = generatePoints({ data: 'sine', n: 1000, noise: 0.3, seed: 1 });
        X = polynomialFeatures(standardizeValues(pts.map((p) => p.x1)).z, 12);
        y = pts.map((p) => p.x2);
        const top = lassoLambdaMax(X, y);
        lambdas = Array.from({ length: 100 }, (_, i) => top * 10 ** (-4 * (i / 99)));
      },
      ours: () => path(true),
      peer: () => path(false),
      runs: 5,
    },
    dragRefitRow(),
  ];
}

function dragRefitRow(): BenchRow {
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
  let pts: UserPoint[] = [];
  let step = 0;
  // A new x for point 1 at every call, as in a diagonal drag (no design can be reused).
  const moved = () => {
    step++;
    return pts.map((p, i) => (i === 0 ? { ...p, x1: p.x1 + 1e-3 * step, x2: p.x2 + 1e-3 * step } : p));
  };
  return {
    name: 'regression-drag-refit',
    unit: 'ms/move',
    peerName: 'normalEquations + bayesianLinearRegression, each from its own rows',
    target: null,
    work: 1,
    kind: 'time',
    setup() {
      pts = generatePoints(view);
    },
    ours: () => {
      const set = moved();
      const z = standardizeValues(set.map((p) => p.x1)).z;
      const ones = polynomialFeatures(z, 12).map((r) => [1, ...r]);
      const y = set.map((p) => p.x2);
      const ne = normalEquations(ones, y, { intercept: false });
      const post = bayesianPosteriorFromGram(ne.xtx, ne.xty, view.alpha, view.beta);
      return ne.conditionNumber + post.mean[1];
    },
    peer: () => {
      const set = moved();
      const z = standardizeValues(set.map((p) => p.x1)).z;
      const X = polynomialFeatures(z, 12);
      const y = set.map((p) => p.x2);
      const ne = normalEquations(X, y);
      const post = bayesianLinearRegression(
        X.map((r) => [1, ...r]),
        y,
        view.alpha,
        view.beta,
      );
      return ne.conditionNumber + post.mean[1];
    },
    runs: 20,
  };
}
