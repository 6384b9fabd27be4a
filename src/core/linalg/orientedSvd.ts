/**
 * The SVD with its signs chosen for pictures. A = UΣVᵀ leaves each pair (uᵢ, vᵢ) free up to a common
 * sign, and det U · det V = sign(det A) when A is invertible. Flipping the last pair makes V a rotation
 * (det V = +1); then U is a rotation too exactly when det A > 0. When A is singular (σₙ at or below
 * NumPy's cut-off n·ε·σ₁), uₙ alone may be flipped as well (σₙuₙvₙᵀ is rounding), so both are
 * rotations. Only for det A < 0 must one factor reflect: U, and the result says so.
 */
import type { Matrix } from './matrix';
import { determinant } from './lu';
import { rankFromSvd } from './subspaces';
import { svd, type Svd } from './svd';

export interface OrientedSvd extends Svd {
  /** det U = −1: U must be a reflection (det A < 0); V is always a rotation (det V = +1). */
  uReflects: boolean;
}

const flipColumn = (q: Matrix, j: number): Matrix => q.map((row) => row.map((x, c) => (c === j ? -x : x)));

/** A = U·diag(σ)·Vᵀ (square A) with det V = +1 and det U = +1 whenever possible (see above). */
export function orientedSvd(a: Matrix): OrientedSvd {
  const s = svd(a);
  const n = a.length;
  let { u, v } = s;
  if (determinant(v) < 0) {
    u = flipColumn(u, n - 1);
    v = flipColumn(v, n - 1);
  }
  let uReflects = false;
  if (determinant(u) < 0) {
    if (rankFromSvd(s) < n) u = flipColumn(u, n - 1);
    else uReflects = true;
  }
  return { u, sigma: s.sigma, v, uReflects };
}
