/**
 * A vanilla (Elman) recurrent network h_t = tanh(W h_{t−1} + U x_t + b) and the gradient that flows
 * back through it: ∂h_t/∂h_0 = J_t ⋯ J_1 with J_s = diag(1 − h_s²)·W.
 */
import { eigenvalues } from '../linalg/eigenvalues';
import { scaleExponent, scaleMatrix, timesPowerOfTwo } from '../linalg/scale';
import { singularValues } from '../linalg/svd';
import { assertGrid, assertVector } from './grid';

function checkRnn(W: number[][], U: number[][], b: number[], xs: number[][], h0: number[], caller: string) {
  const [n, nw] = assertGrid(W, caller, 'recurrent matrix W');
  if (nw !== n) throw new RangeError(`${caller}: W must be square (${n}×${n}).`);
  const [nu, inputs] = assertGrid(U, caller, 'input matrix U');
  if (nu !== n) throw new RangeError(`${caller}: U must have ${n} rows, one per hidden unit.`);
  assertVector(b, caller, 'bias b', n);
  assertVector(h0, caller, 'initial state h0', n);
  const [, xw] = assertGrid(xs, caller, 'input sequence');
  if (xw !== inputs) throw new RangeError(`${caller}: each input x_t must have ${inputs} entries.`);
}

/**
 * The hidden states h_1 … h_T (one row each) of h_t = tanh(W h_{t−1} + U x_t + b) from h_0, for the
 * inputs x_1 … x_T (rows of xs). Throws a RangeError naming the overflow when a pre-activation is not
 * a finite number (entries of W or U so large that W h + U x + b leaves the double range).
 */
export function rnnStates(
  W: number[][],
  U: number[][],
  b: number[],
  xs: number[][],
  h0: number[],
): number[][] {
  checkRnn(W, U, b, xs, h0, 'rnnStates');
  const states: number[][] = [];
  let h = h0;
  xs.forEach((x, t) => {
    h = W.map((w, i) => {
      let z = b[i];
      for (let j = 0; j < h.length; j++) z += w[j] * h[j];
      for (let j = 0; j < x.length; j++) z += U[i][j] * x[j];
      if (!Number.isFinite(z))
        throw new RangeError(`rnnStates: the pre-activation of unit ${i + 1} overflowed at step ${t + 1}.`);
      return Math.tanh(z);
    });
    states.push(h);
  });
  return states;
}

/**
 * [‖∂h_t/∂h_0‖₂ for t = 1 … T]: the spectral norms of P_t = J_t P_{t−1}, P_0 = I, J_t = diag(1 − h_t²)·W.
 * P is rescaled by an exact power of two after every step and the exponent carried apart, so norms that
 * vanish (1e-20, 1e-300) or explode keep full relative accuracy instead of under- or overflowing
 * inside the product; only the final norm is rounded to the double range.
 */
export function rnnGradientNorms(
  W: number[][],
  U: number[][],
  b: number[],
  xs: number[][],
  h0: number[],
): number[] {
  const states = rnnStates(W, U, b, xs, h0);
  const n = W.length;
  let p: number[][] = W.map((_, i) => W.map((_, j) => (i === j ? 1 : 0)));
  let exponent = 0;
  return states.map((h) => {
    p = W.map((w, i) => {
      const g = 1 - h[i] * h[i];
      return Array.from({ length: n }, (_, c) => {
        let s = 0;
        for (let k = 0; k < n; k++) s += w[k] * p[k][c];
        return g * s;
      });
    });
    const k = scaleExponent(p);
    if (k === 0 && p.every((row) => row.every((x) => x === 0))) return 0;
    p = scaleMatrix(p, k);
    exponent -= k;
    return timesPowerOfTwo(singularValues(p)[0], exponent);
  });
}

/** ρ(W) = max |λ| over the eigenvalues of W: below 1 the linearised recurrence contracts. */
export function spectralRadius(W: number[][]): number {
  return Math.max(...eigenvalues(W).map(([re, im]) => Math.hypot(re, im)));
}

/** ‖W‖₂ = σ₁(W), the largest stretch of W: ‖∂h_t/∂h_0‖₂ ≤ ‖W‖₂ᵗ since |1 − h²| ≤ 1. */
export function spectralNorm(W: number[][]): number {
  return singularValues(W)[0];
}

/** Gradient clipping by norm: g·min(1, threshold/‖g‖₂). threshold must be > 0. */
export function clipByNorm(g: number[], threshold: number): number[] {
  if (!(threshold > 0)) throw new RangeError(`clipByNorm: the threshold must be > 0, not ${threshold}.`);
  let scale = 0;
  for (const x of g) scale = Math.max(scale, Math.abs(x));
  if (scale === 0) return g.slice();
  let s = 0;
  for (const x of g) s += (x / scale) ** 2;
  const norm = scale * Math.sqrt(s);
  return norm <= threshold ? g.slice() : g.map((x) => (x / norm) * threshold);
}
