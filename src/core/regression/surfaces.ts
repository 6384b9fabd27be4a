/**
 * Loss surfaces over two parameters for the contour views, and the logistic decision line. Each grid
 * is row-major: out[j·xs.length + i] is the value at (xs[i], ys[j]).
 */
import { softplus } from './logistic';

/**
 * MSE of the line y ≈ slope·x + intercept over a grid of (slope, intercept), from the five sums
 * Σx, Σy, Σx², Σxy, Σy² (L is a quadratic in the two parameters), so the grid costs O(grid), not O(n·grid).
 */
export function lineLossGrid(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  slopes: ArrayLike<number>,
  intercepts: ArrayLike<number>,
): Float64Array {
  const n = x.length;
  if (n === 0 || y.length !== n)
    throw new RangeError('lineLossGrid: x and y must be non-empty and of one length.');
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sx += x[i];
    sy += y[i];
    sxx += x[i] * x[i];
    sxy += x[i] * y[i];
    syy += y[i] * y[i];
  }
  const out = new Float64Array(slopes.length * intercepts.length);
  for (let j = 0, k = 0; j < intercepts.length; j++) {
    const b = intercepts[j];
    for (let i = 0; i < slopes.length; i++, k++) {
      const w = slopes[i];
      // Σ(y − wx − b)² expanded; clamped at 0 against cancellation near the minimum of a perfect fit.
      const ss = syy - 2 * w * sxy - 2 * b * sy + w * w * sxx + 2 * w * b * sx + n * b * b;
      out[k] = Math.max(0, ss) / n;
    }
  }
  return out;
}

/**
 * The logistic objective (mean cross-entropy + (l2/2)(w₁² + w₂²)) over a grid of the two weights of
 * 2-D data X (n×2), with the intercept held at `intercept`.
 */
export function logisticLossGrid(
  X: readonly (readonly number[])[],
  y: ArrayLike<number>,
  w1s: ArrayLike<number>,
  w2s: ArrayLike<number>,
  intercept = 0,
  l2 = 0,
): Float64Array {
  const n = X.length;
  if (n === 0 || y.length !== n || X.some((r) => r.length !== 2))
    throw new RangeError('logisticLossGrid: X must be n×2 with one label per row.');
  const out = new Float64Array(w1s.length * w2s.length);
  for (let j = 0, k = 0; j < w2s.length; j++) {
    for (let i = 0; i < w1s.length; i++, k++) {
      let loss = 0;
      for (let r = 0; r < n; r++) {
        const z = intercept + w1s[i] * X[r][0] + w2s[j] * X[r][1];
        loss += softplus(z) - y[r] * z;
      }
      out[k] = loss / n + (l2 / 2) * (w1s[i] ** 2 + w2s[j] ** 2);
    }
  }
  return out;
}

/**
 * The decision line b + w₁x₁ + w₂x₂ = 0 (where σ = ½) clipped to the box [x1Min, x1Max] × [x2Min, x2Max]:
 * its two end points, or null when w = 0 or the line misses the box.
 */
export function logisticBoundary(
  intercept: number,
  coef: readonly [number, number] | readonly number[],
  box: { x1Min: number; x1Max: number; x2Min: number; x2Max: number },
): [[number, number], [number, number]] | null {
  const [w1, w2] = coef;
  if (w1 === 0 && w2 === 0) return null;
  const pts: [number, number][] = [];
  const add = (a: number, b: number) => {
    const tol = 1e-12 * (Math.abs(box.x1Max - box.x1Min) + Math.abs(box.x2Max - box.x2Min));
    if (a < box.x1Min - tol || a > box.x1Max + tol || b < box.x2Min - tol || b > box.x2Max + tol) return;
    if (!pts.some(([u, v]) => Math.abs(u - a) <= tol && Math.abs(v - b) <= tol)) pts.push([a, b]);
  };
  if (w2 !== 0) for (const a of [box.x1Min, box.x1Max]) add(a, -(intercept + w1 * a) / w2);
  if (w1 !== 0) for (const b of [box.x2Min, box.x2Max]) add(-(intercept + w2 * b) / w1, b);
  return pts.length >= 2 ? [pts[0], pts[1]] : null;
}
