/** Signatures shared by the two back ends (generated code and closure interpreter). */
import type { KernelOutputs } from './types';

/** (x, y, o) ↦ output 0 of a Program, storing outputs k ≥ from (0 or 1) in o[k − from]. */
export type PointKernel = (x: number, y: number, o: KernelOutputs) => number;

/**
 * A plain array of n doubles for kernel outputs. Inner loops prefer it to a Float64Array: once a
 * kernel is inlined, the JIT forwards a value stored into a plain array straight to the next read
 * of it (it does not for typed arrays), so the gradient stays in registers. The non-integer fill
 * makes the array hold unboxed doubles from the start.
 */
export function scratchArray(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0.5); // pushes, not new Array(n), keep the array free of holes
  return a;
}

/** Fills o_k[j·nx + i] with output k of a Program at (xs[i], ys[j]), for k < number of outputs. */
export type GridKernel = (
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  nx: number,
  ny: number,
  o0: Float64Array,
  o1?: Float64Array,
  o2?: Float64Array,
) => void;
