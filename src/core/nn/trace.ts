/** Every number of one point's forward and backward pass, for the step-by-step walk-through. */
import { activationSlope } from './activation';
import { backwardSample, forwardSample, outputLoss } from './kernel';
import { mlpOnBuffer, packParams } from './mlp';
import { MlpPlan } from './plan';
import type { Mlp, MlpLayer } from './types';
import { Workspace } from './workspace';

export interface MlpForwardTrace {
  /** The point's inputs a⁰. */
  input: Float64Array;
  /** pre[l] = zˡ⁺¹ = W a + b of layer l + 1 (l = 0 … L − 1, the last is the output layer). */
  pre: Float64Array[];
  /** post[l] = aˡ⁺¹ = f(zˡ⁺¹); for the output layer, after the output function (σ, softmax or identity). */
  post: Float64Array[];
}

export interface MlpBackpropTrace extends MlpForwardTrace {
  /** This point's loss term (the mean's summand: summed over outputs, divided by outputs for MSE and BCE). */
  loss: number;
  /** delta[l] = ∂loss/∂zˡ⁺¹ for every unit. */
  delta: Float64Array[];
  /** upstream[l] = ∂loss/∂aˡ⁺¹ = (Wˡ⁺²)ᵀ δˡ⁺² for hidden layers; for the output layer it equals delta. */
  upstream: Float64Array[];
  /** slope[l] = f′(zˡ⁺¹) for hidden layers (δ = f′(z) ⊙ upstream); 1 for the output layer. */
  slope: Float64Array[];
  /** ∂loss/∂W and ∂loss/∂b: grads[l].weights[j·fanIn + i] = delta[l][j] · a_i of the layer below. */
  grads: MlpLayer[];
}

function run(net: Mlp, xRow: ArrayLike<number>): { plan: MlpPlan; p: Float64Array; ws: Workspace } {
  const plan = new MlpPlan(net.spec);
  if (xRow.length !== plan.inputs) {
    throw new RangeError(`the network takes ${plan.inputs} inputs, the point has ${xRow.length}`);
  }
  const p = new Float64Array(plan.paramCount);
  packParams(net, plan, p);
  const ws = new Workspace(plan);
  for (let i = 0; i < plan.inputs; i++) ws.a[i] = xRow[i];
  forwardSample(plan, p, ws.z, ws.a);
  return { plan, p, ws };
}

/** Slices of a unit buffer, one per layer above the inputs. */
function perLayer(plan: MlpPlan, buf: Float64Array): Float64Array[] {
  return Array.from({ length: plan.depth }, (_, l) =>
    buf.slice(plan.uOff[l + 1], plan.uOff[l + 1] + plan.sizes[l + 1]),
  );
}

/** Every layer's pre-activations z and activations a for one point xRow (its inputs). */
export function mlpForwardTrace(net: Mlp, xRow: ArrayLike<number>): MlpForwardTrace {
  const { plan, ws } = run(net, xRow);
  return { input: ws.a.slice(0, plan.inputs), pre: perLayer(plan, ws.z), post: perLayer(plan, ws.a) };
}

/**
 * The forward trace plus every unit's δ = ∂loss/∂z and every weight's ∂loss/∂w for one point,
 * loss being the point's data-loss term (no penalty). yRow holds the point's targets (the class
 * index for softmax).
 */
export function mlpBackpropTrace(
  net: Mlp,
  xRow: ArrayLike<number>,
  yRow: number | ArrayLike<number>,
): MlpBackpropTrace {
  const { plan, p, ws } = run(net, xRow);
  const y = typeof yRow === 'number' ? [yRow] : yRow;
  if (y.length !== plan.targetsPerRow)
    throw new RangeError(`the point needs ${plan.targetsPerRow} target values`);
  const scale = 1 / plan.termsPerRow;
  const loss = outputLoss(plan, ws.z, ws.a, y, 0, ws.d, scale) * scale;
  const g = new Float64Array(plan.paramCount);
  backwardSample(plan, p, ws.z, ws.a, ws.d, g);
  const delta = perLayer(plan, ws.d);
  const slope = delta.map((d, l) =>
    d.map((_, j) => {
      if (l === plan.depth - 1) return 1;
      const u = plan.uOff[l + 1] + j;
      return activationSlope(plan.act[l], ws.z[u], ws.a[u]);
    }),
  );
  const upstream = delta.map((d, l) => {
    if (l === plan.depth - 1) return d.slice();
    // (Wᵀδ)_j from the layer above, formed again here rather than divided out of δ (f′ may be 0).
    const up = new Float64Array(d.length);
    const above = delta[l + 1];
    const fanIn = plan.sizes[l + 1];
    for (let k = 0; k < above.length; k++) {
      for (let j = 0; j < fanIn; j++) up[j] += p[plan.wOff[l + 1] + k * fanIn + j] * above[k];
    }
    return up;
  });
  return {
    input: ws.a.slice(0, plan.inputs),
    pre: perLayer(plan, ws.z),
    post: perLayer(plan, ws.a),
    loss,
    delta,
    upstream,
    slope,
    grads: mlpOnBuffer(net.spec, plan, g).layers,
  };
}
