/**
 * Scratch buffers for the per-sample passes, allocated once per network shape so that training
 * and prediction allocate nothing per sample or per step.
 */
import { backwardSample, forwardSample, loadInput, outputLoss } from './kernel';
import type { MlpPlan } from './plan';

export class Workspace {
  readonly z: Float64Array;
  readonly a: Float64Array;
  readonly d: Float64Array;
  constructor(readonly plan: MlpPlan) {
    this.z = new Float64Array(plan.unitCount);
    this.a = new Float64Array(plan.unitCount);
    this.d = new Float64Array(plan.unitCount);
  }
}

/** rows[k] when rows are given, else k: which row of x the k-th sample is. */
const rowAt = (rows: ArrayLike<number> | null, k: number) => (rows === null ? k : rows[k]);

/**
 * Adds ∂/∂θ of (1/N)·Σ loss terms over samples rows[start .. start + count) into g and returns the
 * sum of their loss terms; N = count × the terms per row, so g gets the mean's gradient.
 */
export function accumulateBatch(
  ws: Workspace,
  p: Float64Array,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  rows: ArrayLike<number> | null,
  start: number,
  count: number,
  g: Float64Array,
): number {
  const plan = ws.plan;
  const { z, a, d } = ws;
  const scale = 1 / (count * plan.termsPerRow);
  let sum = 0;
  for (let k = start; k < start + count; k++) {
    const row = rowAt(rows, k);
    loadInput(plan, x, row, a);
    forwardSample(plan, p, z, a);
    sum += outputLoss(plan, z, a, y, row, d, scale);
    backwardSample(plan, p, z, a, d, g);
  }
  return sum;
}

/** The mean data loss over `count` samples (forward passes only). */
export function meanLoss(
  ws: Workspace,
  p: Float64Array,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  rows: ArrayLike<number> | null,
  count: number,
): number {
  const plan = ws.plan;
  const { z, a, d } = ws;
  let sum = 0;
  for (let k = 0; k < count; k++) {
    const row = rowAt(rows, k);
    loadInput(plan, x, row, a);
    forwardSample(plan, p, z, a);
    sum += outputLoss(plan, z, a, y, row, d, 0);
  }
  return sum / (count * plan.termsPerRow);
}

/**
 * The penalty l1·Σ|w| + (l2/2)·Σw² over weights (not biases); when g is given, adds its
 * (sub)gradient l1·sign(w) + l2·w, with sign(0) = 0.
 */
export function penalty(
  plan: MlpPlan,
  p: Float64Array,
  l1: number,
  l2: number,
  g: Float64Array | null,
): number {
  if (l1 === 0 && l2 === 0) return 0;
  let abs = 0;
  let sq = 0;
  for (let l = 0; l < plan.depth; l++) {
    const end = plan.bOff[l];
    for (let k = plan.wOff[l]; k < end; k++) {
      const w = p[k];
      abs += Math.abs(w);
      sq += w * w;
      if (g !== null) g[k] += l1 * (w > 0 ? 1 : w < 0 ? -1 : 0) + l2 * w;
    }
  }
  return l1 * abs + 0.5 * l2 * sq;
}
