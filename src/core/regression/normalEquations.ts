/**
 * The normal equations XᵀXw = Xᵀy of the design as the page shows them (with the column of ones first
 * when there is an intercept), and how well they determine w: cond₂(XᵀX) = (σ₁/σₚ)², the square of
 * the design's condition number, which is why solving them directly loses twice the digits.
 */
import { leastSquares } from './lstsq';
import { assertDesign, assertTargets } from './validate';

export interface NormalEquations {
  /** AᵀA with A = [1 X] (intercept) or X. */
  xtx: number[][];
  /** Aᵀy. */
  xty: number[];
  /** cond₂(AᵀA) = (σ_max/σ_min)² of A; Infinity when A has dependent columns. */
  conditionNumber: number;
  /** The singular values of A, descending. */
  singularValues: number[];
}

/** Above this cond₂(XᵀX) the page warns that the normal equations are ill-conditioned (half of float64's digits gone). */
export const ILL_CONDITIONED_GRAM = 1e8;

/** XᵀX, Xᵀy and cond₂(XᵀX) of the design [1 X] (or X with `intercept: false`). */
export function normalEquations(
  X: number[][],
  y: ArrayLike<number>,
  opts: { intercept?: boolean } = {},
): NormalEquations {
  const [n] = assertDesign(X, 'normalEquations');
  const ys = assertTargets(y, n, 'normalEquations');
  const a = opts.intercept === false ? X : X.map((row) => [1, ...row]);
  const q = a[0].length;
  // Sums in flat Float64Arrays (row-major q×q), in the same order as over nested arrays: the same bits.
  const g = new Float64Array(q * q);
  const gy = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    const row = a[i];
    const yi = ys[i];
    for (let j = 0; j < q; j++) {
      const aj = row[j];
      gy[j] += aj * yi;
      for (let k = j; k < q; k++) g[j * q + k] += aj * row[k];
    }
  }
  const xtx = Array.from({ length: q }, (_, j) =>
    Array.from({ length: q }, (__, k) => (k >= j ? g[j * q + k] : g[k * q + j])),
  );
  const xty = Array.from(gy);
  if (q === 0) return { xtx, xty, conditionNumber: 1, singularValues: [] };
  const { sigma } = leastSquares(a, new Array<number>(n).fill(0));
  const last = sigma[sigma.length - 1];
  const conditionNumber = last > 0 ? (sigma[0] / last) ** 2 : sigma[0] > 0 ? Infinity : 1;
  return { xtx, xty, conditionNumber, singularValues: sigma };
}
