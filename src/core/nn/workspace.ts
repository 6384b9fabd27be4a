/**
 * Scratch buffers for the passes over data, allocated once per network shape so that training
 * and prediction allocate nothing per sample or per step, and the batch-level passes on them.
 */
import { BLOCK, forwardBlock } from './block';
import { backwardBlock } from './blockBackward';
import { outputLoss } from './kernel';
import type { MlpPlan } from './plan';

export class Workspace {
  /** One point's units (kernel.ts layout): the output loss is taken on these. */
  readonly z: Float64Array;
  readonly a: Float64Array;
  readonly d: Float64Array;
  /** A block of points' units (block.ts layout). */
  readonly bz: Float64Array;
  readonly ba: Float64Array;
  readonly bd: Float64Array;
  readonly t: Float64Array;
  constructor(readonly plan: MlpPlan) {
    this.z = new Float64Array(plan.unitCount);
    this.a = new Float64Array(plan.unitCount);
    this.d = new Float64Array(plan.unitCount);
    this.bz = new Float64Array(plan.unitCount * BLOCK);
    this.ba = new Float64Array(plan.unitCount * BLOCK);
    this.bd = new Float64Array(plan.unitCount * BLOCK);
    this.t = new Float64Array(plan.maxWidth);
  }
}

/** rows[k] when rows are given, else k: which row of x the k-th sample is. */
const rowAt = (rows: ArrayLike<number> | null, k: number) => (rows === null ? k : rows[k]);

/** Copies the inputs of samples start … start + count − 1 into the block's first layer. */
function loadBlock(
  ws: Workspace,
  x: ArrayLike<number>,
  rows: ArrayLike<number> | null,
  start: number,
  count: number,
) {
  const m = ws.plan.inputs;
  const a = ws.ba;
  for (let s = 0; s < count; s++) {
    const off = rowAt(rows, start + s) * m;
    for (let i = 0; i < m; i++) a[i * BLOCK + s] = x[off + i];
  }
}

/**
 * Sum of the loss terms of the block's points (after forwardBlock); with d given, writes each
 * point's output δ = scale · ∂(terms)/∂z into the block's output rows of d.
 */
function blockLoss(
  ws: Workspace,
  y: ArrayLike<number>,
  rows: ArrayLike<number> | null,
  start: number,
  count: number,
  scale: number,
  d: Float64Array | null,
): number {
  const plan = ws.plan;
  const K = plan.outputs;
  const off = plan.uOff[plan.depth];
  const boff = off * BLOCK;
  let sum = 0;
  for (let s = 0; s < count; s++) {
    for (let k = 0; k < K; k++) {
      ws.z[off + k] = ws.bz[boff + k * BLOCK + s];
      ws.a[off + k] = ws.ba[boff + k * BLOCK + s];
    }
    sum += outputLoss(plan, ws.z, ws.a, y, rowAt(rows, start + s), ws.d, scale);
    if (d !== null) for (let k = 0; k < K; k++) d[boff + k * BLOCK + s] = ws.d[off + k];
  }
  return sum;
}

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
  const scale = 1 / (count * plan.termsPerRow);
  let sum = 0;
  for (let b = start; b < start + count; b += BLOCK) {
    const c = Math.min(BLOCK, start + count - b);
    loadBlock(ws, x, rows, b, c);
    forwardBlock(plan, p, c, ws.bz, ws.ba, ws.t);
    sum += blockLoss(ws, y, rows, b, c, scale, ws.bd);
    backwardBlock(plan, p, c, ws.bz, ws.ba, ws.bd, g);
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
  let sum = 0;
  for (let b = 0; b < count; b += BLOCK) {
    const c = Math.min(BLOCK, count - b);
    loadBlock(ws, x, rows, b, c);
    forwardBlock(ws.plan, p, c, ws.bz, ws.ba, ws.t);
    sum += blockLoss(ws, y, rows, b, c, 0, null);
  }
  return sum / (count * ws.plan.termsPerRow);
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
