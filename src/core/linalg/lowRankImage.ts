/**
 * Rank-k images from an SVD held in typed arrays (the Low rank view moves k many times a second): the
 * factors column by column, and a reconstruction that adds at most min(k, r − k) rank-one terms, either
 * Σ_{t<k} σₜuₜvₜᵀ or A − Σ_{t≥k} σₜuₜvₜᵀ from the original, so a jump to k = r costs no more than k = r/2.
 */
import type { ThinSvd } from './thinSvd';

/** A = Σₜ σₜ uₜ vₜᵀ with uₜ = u[t·m … t·m + m), vₜ = v[t·n … t·n + n), σ descending. */
export interface ImageFactors {
  m: number;
  n: number;
  r: number;
  u: Float64Array;
  sigma: Float64Array;
  v: Float64Array;
}

/** The factors of a ThinSvd (rows of u and v) laid out column by column. */
export function imageFactorsOf({ u, sigma, v }: ThinSvd): ImageFactors {
  const m = u.length;
  const n = v.length;
  const r = sigma.length;
  const uc = new Float64Array(r * m);
  const vc = new Float64Array(r * n);
  for (let t = 0; t < r; t++) {
    for (let i = 0; i < m; i++) uc[t * m + i] = u[i][t];
    for (let j = 0; j < n; j++) vc[t * n + j] = v[j][t];
  }
  return { m, n, r, u: uc, sigma: Float64Array.from(sigma), v: vc };
}

function addTerms(f: ImageFactors, from: number, to: number, sign: number, out: Float64Array): void {
  const { m, n, u, v, sigma } = f;
  for (let t = from; t < to; t++) {
    const s = sign * sigma[t];
    if (s === 0) continue;
    const ut = t * m;
    const vt = t * n;
    for (let i = 0; i < m; i++) {
      const c = s * u[ut + i];
      if (c === 0) continue;
      const row = i * n;
      for (let j = 0; j < n; j++) out[row + j] += c * v[vt + j];
    }
  }
}

/**
 * A_k, row by row (m·n values), for k in 0 … r (clipped). `original` is A row by row: for k > r/2 the
 * image is A minus the dropped terms, which agrees with the sum of the kept ones to rounding.
 */
export function rankKImage(f: ImageFactors, k: number, original: ArrayLike<number>): Float64Array {
  const { m, n, r } = f;
  if (original.length !== m * n)
    throw new RangeError(`rankKImage: the image has ${original.length} values, not ${m * n}.`);
  const kk = Math.max(0, Math.min(r, Math.round(k)));
  if (kk <= r / 2) {
    const out = new Float64Array(m * n);
    addTerms(f, 0, kk, 1, out);
    return out;
  }
  const out = Float64Array.from(original);
  addTerms(f, kk, r, -1, out);
  return out;
}

/** √(Σ_{t≥k} σₜ²) for k = 0 … r (tail[0] = ‖A‖_F), summed from the smallest σ up. */
export function droppedNorms(sigma: ArrayLike<number>): Float64Array {
  const r = sigma.length;
  const tail = new Float64Array(r + 1);
  let s = 0;
  for (let t = r - 1; t >= 0; t--) {
    s += sigma[t] * sigma[t];
    tail[t] = Math.sqrt(s);
  }
  return tail;
}

/**
 * The generated 128 × 128 test image "shapes", values in [0, 1], row by row: a bright rectangle (rank 1
 * alone), a disk (needs many terms: its edge is curved) and a diagonal stripe, on a gentle horizontal ramp.
 */
export function shapesImage(size = 128): Float64Array {
  const out = new Float64Array(size * size);
  const c = size * 0.68;
  const rad = size * 0.2;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      let x = 0.15 + (0.25 * j) / size;
      if (i >= size * 0.12 && i < size * 0.45 && j >= size * 0.1 && j < size * 0.55) x = 0.9;
      if ((i - c) ** 2 + (j - c) ** 2 <= rad * rad) x = 0.75;
      if (Math.abs(i - (size - 1 - j)) <= size * 0.03 && i < size * 0.55) x = 0.05;
      out[i * size + j] = x;
    }
  }
  return out;
}
