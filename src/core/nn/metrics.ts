/** How well a network fits some rows: loss, accuracy and confusion matrix, or R². */
import { forwardSample, loadInput, outputLoss } from './kernel';
import { packParams } from './mlp';
import { MlpPlan, OUT_LINEAR, OUT_SOFTMAX } from './plan';
import type { Mlp } from './types';
import { Workspace } from './workspace';

export interface MlpMetrics {
  /** Mean data loss (no penalty), as mlpLossGradient defines it. */
  loss: number;
  /** Classification: share of rows whose predicted class is the label, in [0, 1]; else null. */
  accuracy: number | null;
  /** Classification: confusion[t·K + p] counts rows of true class t predicted as p (K = 2 for sigmoid). */
  confusion: Int32Array | null;
  /** Regression: R² = 1 − Σ(y − ŷ)²/Σ(y − ȳ)² over all outputs (NaN when y is constant); else null. */
  r2: number | null;
}

/**
 * Metrics of `net` on rows `rows` of x and y (all n rows when omitted). The predicted class is
 * ŷ ≥ 0.5 for a sigmoid output (its first, if several) and the largest output for softmax;
 * linear outputs are regression.
 */
export function mlpMetrics(
  net: Mlp,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  rows?: ArrayLike<number>,
): MlpMetrics {
  const plan = new MlpPlan(net.spec);
  const p = new Float64Array(plan.paramCount);
  packParams(net, plan, p);
  const { z, a, d } = new Workspace(plan);
  const K = plan.outputs;
  const T = plan.targetsPerRow;
  const off = plan.uOff[plan.depth];
  const m = rows ? rows.length : n;
  const regression = plan.output === OUT_LINEAR;
  const classes = plan.output === OUT_SOFTMAX ? K : 2;
  const confusion = regression ? null : new Int32Array(classes * classes);
  let loss = 0;
  let right = 0;
  let mean = 0;
  if (regression) {
    for (let k = 0; k < m; k++) for (let o = 0; o < K; o++) mean += y[(rows ? rows[k] : k) * T + o];
    mean /= m * K;
  }
  let tot = 0;
  for (let k = 0; k < m; k++) {
    const row = rows ? rows[k] : k;
    loadInput(plan, x, row, a);
    forwardSample(plan, p, z, a);
    loss += outputLoss(plan, z, a, y, row, d, 0);
    if (regression) {
      for (let o = 0; o < K; o++) tot += (y[row * T + o] - mean) ** 2;
      continue;
    }
    let predicted = 0;
    if (plan.output === OUT_SOFTMAX) {
      for (let o = 1; o < K; o++) if (a[off + o] > a[off + predicted]) predicted = o;
    } else predicted = a[off] >= 0.5 ? 1 : 0;
    const truth = y[row * T];
    if (predicted === truth) right++;
    if (confusion && Number.isInteger(truth) && truth >= 0 && truth < classes)
      confusion[truth * classes + predicted]++;
  }
  const terms = m * plan.termsPerRow;
  if (regression) {
    // loss sums the squared residuals here: the MSE's terms before the mean.
    return { loss: loss / terms, accuracy: null, confusion: null, r2: tot > 0 ? 1 - loss / tot : NaN };
  }
  return { loss: loss / terms, accuracy: m > 0 ? right / m : NaN, confusion, r2: null };
}
