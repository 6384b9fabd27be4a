/**
 * The matrix the scene shows at animation time t, for each view, written into a preallocated 3×3
 * (row-major Float64Array; a 2×2 matrix is embedded with m₃₃ = 1). Called once per frame, so nothing
 * here allocates per call: factors of a matrix are computed once and cached by the matrix object.
 */
import { orientedSvd, type Matrix } from '../../core';
import type { LinalgView } from '../../stores/linalg/view';

export type M3 = Float64Array;

export const newM3 = (): M3 => new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]);

/** (1 − s)·a + s·b: the straight morph from one matrix to another (scene transitions). */
export function lerp3(a: M3, b: M3, s: number, out: M3): M3 {
  for (let k = 0; k < 9; k++) out[k] = a[k] + s * (b[k] - a[k]);
  return out;
}

/** A rotation as axis and angle, so that any fraction of it can be formed (Rodrigues). */
interface Rotation {
  axis: [number, number, number];
  angle: number;
}

export interface Factors {
  flat: M3;
  /** Polar decomposition A = R·S with R a proper rotation; null when det A < 0 (R is a reflection). */
  polar: { r: Rotation; s: M3 } | null;
  /** A = U·diag(σ)·Vᵀ with U and V proper rotations; the last σ carries the sign of det A. */
  svd: { u: Rotation; uFlat: M3; sigma: [number, number, number]; vt: Rotation; vtFlat: M3 };
}

const cache = new WeakMap<Matrix, Factors>();

/** Embeds a 2×2 or 3×3 matrix in a flat 3×3. */
export function toM3(m: Matrix, out: M3 = newM3()): M3 {
  identity3(out);
  for (let i = 0; i < m.length; i++) for (let j = 0; j < m.length; j++) out[3 * i + j] = m[i][j];
  return out;
}

export function identity3(out: M3): M3 {
  for (let k = 0; k < 9; k++) out[k] = k % 4 === 0 ? 1 : 0;
  return out;
}

export function copy3(a: M3, out: M3): M3 {
  for (let k = 0; k < 9; k++) out[k] = a[k];
  return out;
}

export const det3 = (m: M3): number =>
  m[0] * (m[4] * m[8] - m[5] * m[7]) -
  m[1] * (m[3] * m[8] - m[5] * m[6]) +
  m[2] * (m[3] * m[7] - m[4] * m[6]);

/** out = a·b (out may alias neither). */
export function mul3(a: M3, b: M3, out: M3): M3 {
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      out[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
  return out;
}

/** out = (1 − t)·I + t·a. */
export function lerpFromIdentity(a: M3, t: number, out: M3): M3 {
  for (let k = 0; k < 9; k++) out[k] = (k % 4 === 0 ? 1 - t : 0) + t * a[k];
  return out;
}

/** Axis and angle (in [0, π]) of a proper rotation matrix, via its unit quaternion (Shepperd's method). */
export function rotationOf(r: M3): Rotation {
  const [m00, m01, m02, m10, m11, m12, m20, m21, m22] = r;
  const tr = m00 + m11 + m22;
  let w: number, x: number, y: number, z: number;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    [w, x, y, z] = [0.25 * s, (m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s];
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    [w, x, y, z] = [(m21 - m12) / s, 0.25 * s, (m01 + m10) / s, (m02 + m20) / s];
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    [w, x, y, z] = [(m02 - m20) / s, (m01 + m10) / s, 0.25 * s, (m12 + m21) / s];
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
    [w, x, y, z] = [(m10 - m01) / s, (m02 + m20) / s, (m12 + m21) / s, 0.25 * s];
  }
  if (w < 0) [w, x, y, z] = [-w, -x, -y, -z];
  const len = Math.hypot(x, y, z);
  if (len < 1e-15) return { axis: [0, 0, 1], angle: 0 };
  return { axis: [x / len, y / len, z / len], angle: 2 * Math.atan2(len, w) };
}

/** The rotation by s·angle about the axis, R = I + sin φ K + (1 − cos φ) K² (Rodrigues). */
export function rotationFraction({ axis, angle }: Rotation, s: number, out: M3): M3 {
  const [x, y, z] = axis;
  const phi = s * angle;
  const c = Math.cos(phi);
  const sn = Math.sin(phi);
  const v = 1 - c;
  out[0] = c + x * x * v;
  out[1] = x * y * v - z * sn;
  out[2] = x * z * v + y * sn;
  out[3] = y * x * v + z * sn;
  out[4] = c + y * y * v;
  out[5] = y * z * v - x * sn;
  out[6] = z * x * v - y * sn;
  out[7] = z * y * v + x * sn;
  out[8] = c + z * z * v;
  return out;
}

/** Polar and rotation-only SVD factors of a 2×2 or 3×3 matrix, computed once per matrix object. */
export function factorsOf(m: Matrix): Factors {
  const hit = cache.get(m);
  if (hit) return hit;
  const n = m.length;
  // V is a rotation and U one too unless det A < 0 (orientedSvd): the table and the picture share these
  // vectors. A reflecting U is drawn as a rotation with σₙ negated (its last column flipped).
  const { u, sigma, v } = orientedSvd(m);
  const flipLast = (q: Matrix): Matrix => q.map((row) => row.map((x, j) => (j === n - 1 ? -x : x)));
  const U = toM3(u);
  const V = toM3(v);
  let uu = u;
  let vv = v;
  let last = sigma[n - 1];
  if (det3(V) < 0) [vv, last] = [flipLast(v), -last];
  if (det3(U) < 0) [uu, last] = [flipLast(u), -last];
  const uFlat = toM3(uu);
  const vtFlat = toM3(vv[0].map((_, j) => vv.map((row) => row[j])));
  const sig: [number, number, number] = [sigma[0], n === 3 ? sigma[1] : last, n === 3 ? last : 1];
  // Polar A = (UVᵀ)(VΣVᵀ). UVᵀ is a reflection when det A < 0; when σₙ = 0 its sign is free.
  let polar: Factors['polar'] = null;
  const dU = det3(U);
  const dV = det3(V);
  if (dU * dV > 0 || sigma[n - 1] <= 1e-10) {
    const us = dU * dV > 0 ? U : toM3(flipLast(u));
    const r = mul3(us, toM3(v[0].map((_, j) => v.map((row) => row[j]))), newM3());
    const s = newM3();
    const Vm = toM3(v);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += Vm[3 * i + k] * sigma[k] * Vm[3 * j + k];
        s[3 * i + j] = i >= n || j >= n ? (i === j ? 1 : 0) : acc;
      }
    polar = { r: rotationOf(r), s };
  }
  const f: Factors = {
    flat: toM3(m),
    polar,
    svd: { u: rotationOf(uFlat), uFlat, sigma: sig, vt: rotationOf(vtFlat), vtFlat },
  };
  cache.set(m, f);
  return f;
}

const s1 = newM3();
const s2 = newM3();
const s3 = newM3();

/** SVD view phases: Vᵀ on [0, ⅓], Σ on [⅓, ⅔], U on [⅔, 1]. */
export const SVD_STEPS = [1 / 3, 2 / 3, 1] as const;

/** The matrix shown at time t ∈ [0, 1] for the view's mode, written into `out`. */
export function frameMatrix(view: LinalgView, t: number, out: M3): M3 {
  switch (view.mode) {
    case 'transform': {
      const f = factorsOf(view.a);
      if (view.interp === 'angle' && f.polar) {
        rotationFraction(f.polar.r, t, s1);
        return mul3(s1, lerpFromIdentity(f.polar.s, t, s2), out);
      }
      return lerpFromIdentity(f.flat, t, out);
    }
    case 'compose': {
      const b = factorsOf(view.b).flat;
      if (t <= 0.5) return lerpFromIdentity(b, 2 * t, out);
      return mul3(lerpFromIdentity(factorsOf(view.a).flat, 2 * t - 1, s1), b, out);
    }
    case 'svd': {
      const { u, sigma, vt, vtFlat } = factorsOf(view.a).svd;
      const s = 3 * t;
      if (s <= 1) return rotationFraction(vt, s, out);
      const p = Math.min(1, s - 1);
      identity3(s1);
      for (let i = 0; i < 3; i++) s1[4 * i] = 1 + p * (sigma[i] - 1);
      mul3(s1, vtFlat, s2);
      if (s <= 2) return copy3(s2, out);
      return mul3(rotationFraction(u, s - 2, s3), s2, out);
    }
    case 'basis':
      return lerpFromIdentity(factorsOf(view.basis).flat, t, out);
    default:
      return identity3(out);
  }
}

/** Writes m·p for each point (x, y, z) of `base` into `out` (Float32 vertex buffers). */
export function transformPoints(base: Float32Array, m: M3, out: Float32Array): void {
  for (let k = 0; k < base.length; k += 3) {
    const x = base[k];
    const y = base[k + 1];
    const z = base[k + 2];
    out[k] = m[0] * x + m[1] * y + m[2] * z;
    out[k + 1] = m[3] * x + m[4] * y + m[5] * z;
    out[k + 2] = m[6] * x + m[7] * y + m[8] * z;
  }
}
