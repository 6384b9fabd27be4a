/** The training objective and its gradient over a whole data set (issue 13's mlpLossGradient). */
import { mlpOnBuffer, packParams } from './mlp';
import { MlpPlan } from './plan';
import type { Mlp, MlpLayer, Regularization } from './types';
import { Workspace, accumulateBatch, penalty } from './workspace';

/**
 * loss = (1/N) Σ loss terms + l1·Σ|w| + (l2/2)·Σw² and its gradient with respect to every weight
 * and bias, over the n rows of x (row-major n × inputs) and y (n × outputs, or class indices
 * for softmax). N = n·outputs for MSE and BCE, n for softmax cross-entropy (PyTorch's means).
 */
export function mlpLossGradient(
  net: Mlp,
  x: Float64Array,
  y: Float64Array,
  n: number,
  reg?: Regularization,
): { loss: number; grads: MlpLayer[] } {
  const plan = new MlpPlan(net.spec);
  const p = new Float64Array(plan.paramCount);
  packParams(net, plan, p);
  const g = new Float64Array(plan.paramCount);
  const data = accumulateBatch(new Workspace(plan), p, x, y, null, 0, n, g) / (n * plan.termsPerRow);
  const loss = data + penalty(plan, p, reg?.l1 ?? 0, reg?.l2 ?? 0, g);
  return { loss, grads: mlpOnBuffer(net.spec, plan, g).layers };
}
