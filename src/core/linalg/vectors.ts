/**
 * Vector operations for the "Vectors" and "Norms" views: p-norms, the cross product, the angle and
 * the cosine similarity. Sums of powers are taken of |vᵢ|/max|vⱼ| so that neither overflows.
 */
import { dot, norm2, type Vector } from './matrix';

/**
 * ‖v‖_p = (Σ|vᵢ|^p)^(1/p) for p > 0, ‖v‖_∞ = max|vᵢ| for p = Infinity. Only p ≥ 1 gives a norm: for
 * 0 < p < 1 the value is returned but the triangle inequality fails (the unit ball is not convex).
 * Throws a RangeError for p ≤ 0, NaN, or a non-finite entry.
 */
export function vectorNorm(v: ArrayLike<number>, p: number): number {
  if (!(p > 0)) throw new RangeError(`vectorNorm: p must be > 0 (a norm needs p ≥ 1), not ${p}.`);
  let max = 0;
  for (let i = 0; i < v.length; i++) {
    if (!Number.isFinite(v[i])) throw new RangeError('vectorNorm: every entry must be a finite number.');
    max = Math.max(max, Math.abs(v[i]));
  }
  if (p === Infinity || max === 0) return max;
  if (p === 1) {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += Math.abs(v[i]);
    return s;
  }
  if (p === 2) return norm2(Array.from(v));
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (Math.abs(v[i]) / max) ** p;
  return max * s ** (1 / p);
}

/** u × v = (u₂v₃ − u₃v₂, u₃v₁ − u₁v₃, u₁v₂ − u₂v₁), for vectors of ℝ³; |u × v| is the parallelogram's area. */
export function crossProduct(u: Vector, v: Vector): Vector {
  if (u.length !== 3 || v.length !== 3)
    throw new RangeError('crossProduct: both vectors must have 3 entries.');
  return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
}

/** cos θ = u·v / (‖u‖‖v‖), clamped to [−1, 1]; NaN when either vector is 0 (no direction). */
export function cosineSimilarity(u: Vector, v: Vector): number {
  if (u.length !== v.length) throw new RangeError('cosineSimilarity: the vectors must have the same length.');
  const nu = norm2(u);
  const nv = norm2(v);
  if (nu === 0 || nv === 0) return NaN;
  const c = dot(
    u.map((x) => x / nu),
    v.map((x) => x / nv),
  );
  return Math.min(1, Math.max(-1, c));
}

/**
 * The angle θ ∈ [0, π] between u and v, in radians, as atan2(‖u × v‖, u·v) generalised by
 * ‖u‖‖v‖ sin θ = ‖v − (u·v/‖u‖²)u‖·‖u‖, which stays accurate near 0 and π where acos(cos θ) does not.
 * NaN when either vector is 0.
 */
export function vectorAngle(u: Vector, v: Vector): number {
  if (u.length !== v.length) throw new RangeError('vectorAngle: the vectors must have the same length.');
  const nu = norm2(u);
  const nv = norm2(v);
  if (nu === 0 || nv === 0) return NaN;
  const a = u.map((x) => x / nu);
  const b = v.map((x) => x / nv);
  const c = dot(a, b);
  const s = norm2(b.map((x, i) => x - c * a[i]));
  return Math.atan2(s, c);
}

/**
 * `count` points on the boundary of the unit ball {x ∈ ℝ² : ‖x‖_p = 1}, at equally spaced angles
 * θ_k = 2πk/count: x_k = (cos θ_k, sin θ_k)/‖(cos θ_k, sin θ_k)‖_p. Any p > 0 (p < 1: not convex).
 */
export function unitBallBoundary(p: number, count: number): [number, number][] {
  if (!Number.isInteger(count) || count < 3) throw new RangeError('unitBallBoundary: count must be ≥ 3.');
  return Array.from({ length: count }, (_, k) => {
    const theta = (2 * Math.PI * k) / count;
    const d = [Math.cos(theta), Math.sin(theta)];
    const r = vectorNorm(d, p);
    return [d[0] / r, d[1] / r];
  });
}
