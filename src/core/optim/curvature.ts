/** Local curvature of f at a point: gradient, Hessian eigen-decomposition and what it implies for steps. */
import { kernelsOf, type Expr, type Vec2 } from '../expr/index';

export type CurvatureKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate';

export interface Curvature {
  value: number;
  gradient: Vec2;
  hessian: [Vec2, Vec2];
  /** λ₁ ≥ λ₂, the eigenvalues of the Hessian. */
  eigenvalues: Vec2;
  /** Unit eigenvectors, eigenvectors[k] belonging to eigenvalues[k]. */
  eigenvectors: [Vec2, Vec2];
  /** |λ|max / |λ|min (Infinity when an eigenvalue is 0). */
  condition: number;
  /** The critical point this curvature would make: both λ > 0 minimum, both < 0 maximum, mixed saddle. */
  kind: CurvatureKind;
  /** 2/λ₁: gradient descent on the local quadratic converges iff η < 2/λ₁ (Infinity when λ₁ ≤ 0). */
  maxStableStep: number;
}

/**
 * Eigen-decomposition of the symmetric matrix [[a, b], [b, c]] in closed form:
 * λ = m ± r with m = (a + c)/2, r = √(((a − c)/2)² + b²). The eigenvector of λ₁ is
 * ((a − c)/2 + r, b) when a ≥ c, else (b, (c − a)/2 + r): the form whose sum does not cancel.
 * The smaller-magnitude eigenvalue is det/λ, again to avoid cancellation.
 */
export function symmetricEigen2(a: number, b: number, c: number): { values: Vec2; vectors: [Vec2, Vec2] } {
  const m = (a + c) / 2;
  const h = (a - c) / 2;
  const r = Math.hypot(h, b);
  const det = a * c - b * b;
  let l1 = m + r;
  let l2 = m - r;
  if (m > 0 && l1 !== 0) l2 = det / l1;
  else if (m < 0 && l2 !== 0) l1 = det / l2;
  // For nearly equal eigenvalues that rounding could swap, m ± r is the better answer anyway.
  if (!(l1 >= l2)) [l1, l2] = [m + r, m - r];
  const [p, q] = h >= 0 ? [h + r, b] : [b, r - h];
  // Scaled by the larger entry first, so that subnormal entries normalise without losing digits.
  const big = Math.max(Math.abs(p), Math.abs(q));
  const norm = big > 0 ? Math.hypot(p / big, q / big) : 0;
  const u: Vec2 = norm > 0 ? [p / big / norm, q / big / norm] : [1, 0];
  return { values: [l1, l2], vectors: [u, [-u[1], u[0]]] };
}

/** Eigenvalues within 1e-10 of the larger magnitude count as zero when classifying. */
function classify([l1, l2]: Vec2): CurvatureKind {
  const tol = 1e-10 * Math.max(Math.abs(l1), Math.abs(l2));
  if (Math.abs(l1) <= tol || Math.abs(l2) <= tol || !Number.isFinite(l1 + l2)) return 'degenerate';
  if (l2 > 0) return 'minimum';
  if (l1 < 0) return 'maximum';
  return 'saddle';
}

/** Gradient, Hessian, eigenvalues and eigenvectors, conditioning and the largest stable GD step at (x, y). */
export function curvatureAt(expr: Expr, x: number, y: number): Curvature {
  const jet = new Float64Array(6);
  kernelsOf(expr).jetInto(x, y, jet);
  const [value, gx, gy, a, b, c] = jet;
  const { values, vectors } = symmetricEigen2(a, b, c);
  const big = Math.max(Math.abs(values[0]), Math.abs(values[1]));
  const small = Math.min(Math.abs(values[0]), Math.abs(values[1]));
  return {
    value,
    gradient: [gx, gy],
    hessian: [
      [a, b],
      [b, c],
    ],
    eigenvalues: values,
    eigenvectors: vectors,
    condition: small === 0 ? Infinity : big / small,
    kind: classify(values),
    maxStableStep: values[0] > 0 ? 2 / values[0] : Infinity,
  };
}
