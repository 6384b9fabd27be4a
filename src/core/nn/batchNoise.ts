/** What the batch size does: a mini-batch's gradient beside the full training set's. */
import { packParams } from './mlp';
import { MlpPlan } from './plan';
import type { Mlp, Regularization } from './types';
import { Workspace, accumulateBatch, penalty } from './workspace';

export interface GradientComparison {
  /** The full-training-set gradient and the mini-batch gradient, flat (layer by layer, weights then biases). */
  full: Float64Array;
  batch: Float64Array;
  fullNorm: number;
  batchNorm: number;
  /** ‖g_batch − g_full‖. */
  differenceNorm: number;
  /** cos ∠(g_batch, g_full) = ⟨g_batch, g_full⟩ / (‖g_batch‖ ‖g_full‖); NaN when either is 0. */
  cosine: number;
}

/**
 * The objective's gradient over the training rows `rows` and over the mini-batch `batchRows`
 * (penalty included in both), and how far apart they are.
 */
export function compareBatchGradient(
  net: Mlp,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  rows: ArrayLike<number>,
  batchRows: ArrayLike<number>,
  reg: Regularization = {},
): GradientComparison {
  const plan = new MlpPlan(net.spec);
  const p = new Float64Array(plan.paramCount);
  packParams(net, plan, p);
  const ws = new Workspace(plan);
  const gradient = (r: ArrayLike<number>) => {
    const g = new Float64Array(plan.paramCount);
    if (r.length > 0) accumulateBatch(ws, p, x, y, r, 0, r.length, g);
    penalty(plan, p, reg.l1 ?? 0, reg.l2 ?? 0, g);
    return g;
  };
  const full = gradient(rows);
  const batch = gradient(batchRows);
  let ff = 0;
  let bb = 0;
  let fb = 0;
  let dd = 0;
  for (let k = 0; k < full.length; k++) {
    ff += full[k] * full[k];
    bb += batch[k] * batch[k];
    fb += full[k] * batch[k];
    dd += (batch[k] - full[k]) ** 2;
  }
  const fullNorm = Math.sqrt(ff);
  const batchNorm = Math.sqrt(bb);
  const cosine = fullNorm > 0 && batchNorm > 0 ? fb / (fullNorm * batchNorm) : NaN;
  return { full, batch, fullNorm, batchNorm, differenceNorm: Math.sqrt(dd), cosine };
}
