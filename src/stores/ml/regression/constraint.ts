/**
 * The constraint form of ridge and the lasso for two coefficients (the features x and x², as shown:
 * z when standardized; the intercept profiled out by centring): the least-squares loss over (w₁, w₂)
 * as contours, the ridge solution on the disc ‖w‖₂ ≤ t₂ and the lasso solution on the diamond
 * ‖w‖₁ ≤ t₁, where t is the norm of the penalised solution itself (penalty λ ↔ budget t).
 */
import { fitLinear, polynomialFeatures, standardizeValues } from '../../../core';
import type { UserPoint } from '../nn/fields';
import type { RegView } from './view';

export interface ConstraintPicture {
  w1s: number[];
  w2s: number[];
  /** (1/(2n))‖ỹ − X̃w‖² over the grid, row j = w2s[j]. */
  grid: Float64Array;
  ols: [number, number];
  ridge: [number, number];
  lasso: [number, number];
  /** The budgets: ‖w_ridge‖₂ and ‖w_lasso‖₁. */
  t2: number;
  t1: number;
}

const GRID = 60;

export function constraintPicture(view: RegView, points: readonly UserPoint[]): ConstraintPicture | null {
  if (points.length < 3) return null;
  const xs = points.map((p) => p.x1);
  const ys = points.map((p) => p.x2);
  const z = view.standardize ? standardizeValues(xs).z : xs;
  const X = polynomialFeatures(z, 2);
  const n = X.length;
  const ols = fitLinear(X, ys);
  const ridge = fitLinear(X, ys, { ridge: view.ridge });
  const lasso = fitLinear(X, ys, { lasso: view.lasso, lassoOptions: { maxSweeps: 100_000 } });
  const all = [ols.coef, ridge.coef, lasso.coef].flat();
  if (!all.every(Number.isFinite)) return null;
  // Centred sums: the loss is a quadratic in w.
  const mx = [0, 0];
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx[0] += X[i][0] / n;
    mx[1] += X[i][1] / n;
    my += ys[i] / n;
  }
  let [g00, g01, g11, r0, r1, yy] = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const a = X[i][0] - mx[0];
    const b = X[i][1] - mx[1];
    const c = ys[i] - my;
    g00 += a * a;
    g01 += a * b;
    g11 += b * b;
    r0 += a * c;
    r1 += b * c;
    yy += c * c;
  }
  // A square window around the origin (so the disc is round and the diamond square) holding the whole
  // disc, the whole diamond and the least-squares point.
  const reach =
    Math.max(
      Math.abs(ols.coef[0]),
      Math.abs(ols.coef[1]),
      ridge.coef[0] ** 2 + ridge.coef[1] ** 2 > 0 ? Math.hypot(ridge.coef[0], ridge.coef[1]) : 0,
      Math.abs(lasso.coef[0]) + Math.abs(lasso.coef[1]),
      1e-6,
    ) * 1.15;
  const w1s = Array.from({ length: GRID }, (_, i) => -reach + (2 * reach * i) / (GRID - 1));
  const w2s = w1s.slice();
  const grid = new Float64Array(GRID * GRID);
  for (let j = 0; j < GRID; j++)
    for (let i = 0; i < GRID; i++) {
      const [a, b] = [w1s[i], w2s[j]];
      const ss = yy - 2 * (a * r0 + b * r1) + a * a * g00 + 2 * a * b * g01 + b * b * g11;
      grid[j * GRID + i] = Math.max(0, ss) / (2 * n);
    }
  const pair = (c: number[]): [number, number] => [c[0], c[1]];
  return {
    w1s,
    w2s,
    grid,
    ols: pair(ols.coef),
    ridge: pair(ridge.coef),
    lasso: pair(lasso.coef),
    t2: Math.hypot(ridge.coef[0], ridge.coef[1]),
    t1: Math.abs(lasso.coef[0]) + Math.abs(lasso.coef[1]),
  };
}
