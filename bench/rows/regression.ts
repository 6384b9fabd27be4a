/**
 * Regression rows (issue 14).
 * - lasso-path-vs-naive (report): the lasso path of 100 λ values from λ_max down to λ_max·10⁻⁴ on 1,000
 *   points of the sine generator with standardized polynomial features of degree 12, by coordinate
 *   descent to tolerance 1e-10, warm-started along the path (each λ starts from the previous solution)
 *   against cold starts (each λ from zero). Both give the same solutions to the tolerance.
 */
import type { BenchRow } from '../harness';
import { lassoLambdaMax, lassoPath, polynomialFeatures, standardizeValues } from '../../src/core/index';
import { generatePoints } from '../../src/stores/ml/regression/data';

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
  ];
}
