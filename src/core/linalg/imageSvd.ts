/**
 * The thin SVD of a large matrix such as a 512 × 512 grayscale image, for the low-rank view: the same
 * one-sided Jacobi method as `svd` (rotate pairs of columns until orthogonal, AV = UΣ), on typed-array
 * columns of the smaller dimension, with a progress callback and cancellation between sweeps. Unlike
 * `svd` it does not complete U: columns of U whose σ is negligible (≤ c·ε·σ₁, c the number of
 * columns) are 0, which a rank-k reconstruction never uses, and which for a generated (low-rank) image
 * saves the O(n⁴) completion.
 */
import type { Matrix } from './matrix';
import { assertRectangular } from './rect';
import { scaleExponent, timesPowerOfTwo } from './scale';
import type { ThinSvd } from './thinSvd';

export interface ImageSvdOptions {
  /** Called after every sweep with the sweep count and the largest |cos| between two columns left. */
  onProgress?: (sweep: number, offOrthogonality: number) => void;
  /** Checked between sweeps (an AbortSignal fits): when set, the function throws an 'AbortError'. */
  signal?: { readonly aborted: boolean };
}

const MAX_SWEEPS = 60;

function abortError(): Error {
  const e = new Error('imageSvd: aborted');
  e.name = 'AbortError';
  return e;
}

/** Column p ← c·p − s·q, q ← s·p + c·q. */
function rotate(x: Float64Array, y: Float64Array, c: number, s: number): void {
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    x[i] = c * xi - s * yi;
    y[i] = s * xi + c * yi;
  }
}

/** Where a running SVD is: sweep (from 1), pairs done of this sweep, the worst |cos| of the last sweep. */
export interface ImageSvdStep {
  sweep: number;
  /** Share of the current sweep's column pairs done, in [0, 1]. */
  sweepDone: number;
  /** The largest |cos| between two columns in the last completed sweep (1 before the first ends). */
  offOrthogonality: number;
}

/**
 * Jacobi sweeps on the columns `cols`, accumulating the rotations in `vcols`; yields after each column's
 * pairs (a few ms on a 256 × 256 image), so that a caller can yield to its event loop or stop.
 */
function* sweepSteps(cols: Float64Array[], vcols: Float64Array[]): Generator<ImageSvdStep, void> {
  const n = cols.length;
  const tol = Number.EPSILON * cols[0].length;
  const norms = new Float64Array(n);
  const pairs = (n * (n - 1)) / 2;
  let last = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (const x of cols[j]) s += x * x;
      norms[j] = s;
    }
    // De Rijk's ordering: each sweep visits the columns longest first (a permutation of the arrays only),
    // which on a photograph halves the sweeps (the caller sorts the result anyway).
    const order = Array.from(norms.keys()).sort((i, j) => norms[j] - norms[i]);
    const [c0, v0, n0] = [cols.slice(), vcols.slice(), norms.slice()];
    order.forEach((from, to) => {
      cols[to] = c0[from];
      vcols[to] = v0[from];
      norms[to] = n0[from];
    });
    // A column of squared length ≤ (c·ε)²·‖A‖_F² is rounding noise (its σ is negligible, see the module
    // note): rotating it against others never makes it orthogonal to its own tiny length, and a low-rank
    // (generated) image would spend every allowed sweep on such columns.
    let total = 0;
    for (let j = 0; j < n; j++) total += norms[j];
    const noise = (n * Number.EPSILON) ** 2 * total;
    let worst = 0;
    let done = 0;
    for (let p = 0; p < n - 1; p++) {
      const cp = cols[p];
      for (let q = p + 1; q < n; q++) {
        const cq = cols[q];
        const alpha = norms[p];
        const beta = norms[q];
        if (alpha <= noise || beta <= noise) continue;
        let gamma = 0;
        for (let i = 0; i < cp.length; i++) gamma += cp[i] * cq[i];
        const scale = Math.sqrt(alpha) * Math.sqrt(beta);
        if (Math.abs(gamma) <= tol * scale) continue;
        worst = Math.max(worst, Math.abs(gamma) / scale);
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.hypot(1, zeta));
        const c = 1 / Math.hypot(1, t);
        rotate(cp, cq, c, c * t);
        rotate(vcols[p], vcols[q], c, c * t);
        // The rotation moves t·γ of squared length from one column to the other.
        norms[p] = alpha - t * gamma;
        norms[q] = beta + t * gamma;
      }
      done += n - 1 - p;
      if (p < n - 2) yield { sweep: sweep + 1, sweepDone: done / pairs, offOrthogonality: last };
    }
    last = worst;
    yield { sweep: sweep + 1, sweepDone: 1, offOrthogonality: worst };
    if (worst === 0) return;
  }
}

/**
 * The SVD as steps: yields after each column's pairs of a Jacobi sweep (see ImageSvdStep) and returns
 * A = U·diag(σ)·Vᵀ (as `imageSvd`). A worker drives it between its checkpoints.
 */
export function* imageSvdSteps(A: Matrix): Generator<ImageSvdStep, ThinSvd> {
  const [m, n] = assertRectangular(A, 'imageSvd');
  const wide = m < n;
  const [len, count] = wide ? [n, m] : [m, n];
  // Exact power-of-two scaling keeps the squared norms from overflowing or underflowing.
  const k = scaleExponent(A);
  const cols = Array.from({ length: count }, (_, j) => {
    const c = new Float64Array(len);
    for (let i = 0; i < len; i++) c[i] = timesPowerOfTwo(wide ? A[j][i] : A[i][j], k);
    return c;
  });
  const vcols = Array.from({ length: count }, (_, j) => {
    const v = new Float64Array(count);
    v[j] = 1;
    return v;
  });
  yield* sweepSteps(cols, vcols);
  const norms = cols.map((c) => {
    let s = 0;
    for (const x of c) s += x * x;
    return Math.sqrt(s);
  });
  const order = norms.map((_, j) => j).sort((i, j) => norms[j] - norms[i]);
  const negligible = count * Number.EPSILON * (norms[order[0]] ?? 0);
  // left: unit columns of AV (length len); right: V (length count).
  const left = order.map((j) =>
    norms[j] > negligible ? Array.from(cols[j], (x) => x / norms[j]) : new Array<number>(len).fill(0),
  );
  const right = order.map((j) => Array.from(vcols[j]));
  const sigma = order.map((j) => timesPowerOfTwo(norms[j], -k));
  const [uc, vc] = wide ? [right, left] : [left, right];
  const asRows = (columns: number[][], rows: number) =>
    Array.from({ length: rows }, (_, i) => columns.map((c) => c[i]));
  return { u: asRows(uc, m), sigma, v: asRows(vc, n) };
}

/**
 * A = U·diag(σ)·Vᵀ for an m × n matrix, r = min(m, n) triplets, σ descending; U columns of negligible
 * σ are 0 (see the module note). Throws a RangeError on malformed input, an 'AbortError' when aborted.
 */
export function imageSvd(A: Matrix, opts: ImageSvdOptions = {}): ThinSvd {
  if (opts.signal?.aborted) throw abortError();
  const steps = imageSvdSteps(A);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value.sweepDone === 1) {
      opts.onProgress?.(step.value.sweep, step.value.offOrthogonality);
      if (opts.signal?.aborted) throw abortError();
    }
  }
}
