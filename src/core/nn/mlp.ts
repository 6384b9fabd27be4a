/** Building networks: from given parameters, from a seed, and as views on one flat buffer. */
import { createRng } from '../probability/rng';
import { ACT_GELU, ACT_LEAKY_RELU, ACT_RELU } from './activation';
import { MlpPlan } from './plan';
import type { Mlp, MlpLayer, MlpSpec } from './types';

export function copySpec(spec: MlpSpec): MlpSpec {
  return { sizes: [...spec.sizes], activations: [...spec.activations], output: spec.output };
}

/**
 * A network whose layers are views on `params` (laid out as MlpPlan says), so that writing the
 * buffer moves the network: how a trainer exposes its live network without copying.
 */
export function mlpOnBuffer(spec: MlpSpec, plan: MlpPlan, params: Float64Array): Mlp {
  const layers: MlpLayer[] = [];
  for (let l = 0; l < plan.depth; l++) {
    const out = plan.sizes[l + 1];
    layers.push({
      weights: params.subarray(plan.wOff[l], plan.wOff[l] + out * plan.sizes[l]),
      biases: params.subarray(plan.bOff[l], plan.bOff[l] + out),
    });
  }
  return { spec, layers };
}

/** Writes the network's parameters into `params` in MlpPlan's layout; throws on a shape mismatch. */
export function packParams(net: Mlp, plan: MlpPlan, params: Float64Array): void {
  if (net.layers.length !== plan.depth) {
    throw new RangeError(`the spec has ${plan.depth} layers of weights, the parameters ${net.layers.length}`);
  }
  for (let l = 0; l < plan.depth; l++) {
    const { weights, biases } = net.layers[l];
    const nw = plan.sizes[l + 1] * plan.sizes[l];
    const nb = plan.sizes[l + 1];
    if (weights.length !== nw || biases.length !== nb) {
      throw new RangeError(
        `layer ${l + 1} needs ${nw} weights and ${nb} biases, got ${weights.length} and ${biases.length}`,
      );
    }
    for (let k = 0; k < nw; k++) params[plan.wOff[l] + k] = weights[k];
    for (let k = 0; k < nb; k++) params[plan.bOff[l] + k] = biases[k];
  }
}

/** A network from given parameters (copied): layers[l] joins layer l to layer l + 1. */
export function mlpFromParams(
  spec: MlpSpec,
  layers: { weights: ArrayLike<number>; biases: ArrayLike<number> }[],
): Mlp {
  const plan = new MlpPlan(spec);
  const params = new Float64Array(plan.paramCount);
  packParams({ spec, layers: layers as MlpLayer[] }, plan, params);
  return mlpOnBuffer(copySpec(spec), plan, params);
}

/** An independent copy of `net` (its own spec and buffers). */
export function cloneMlp(net: Mlp): Mlp {
  return mlpFromParams(net.spec, net.layers);
}

/**
 * A seeded network: weights uniform on (−r, r) with Glorot's r = √(6/(fan_in + fan_out)) before
 * tanh, sigmoid, linear and the output, He's r = √(6/fan_in) before ReLU, leaky ReLU and GELU;
 * biases 0. The variances then neither shrink nor grow from layer to layer at the start, which a
 * 6-layer tanh network needs to learn at all. Same spec and seed, same weights.
 */
export function initMlp(spec: MlpSpec, seed: number): Mlp {
  const plan = new MlpPlan(spec);
  const params = new Float64Array(plan.paramCount);
  const rng = createRng(seed);
  for (let l = 0; l < plan.depth; l++) {
    const fanIn = plan.sizes[l];
    const fanOut = plan.sizes[l + 1];
    const code = l < plan.depth - 1 ? plan.act[l] : -1;
    const rectifier = code === ACT_RELU || code === ACT_LEAKY_RELU || code === ACT_GELU;
    const r = rectifier ? Math.sqrt(6 / fanIn) : Math.sqrt(6 / (fanIn + fanOut));
    const w = plan.wOff[l];
    for (let k = 0; k < fanIn * fanOut; k++) params[w + k] = r * (2 * rng.next() - 1);
  }
  return mlpOnBuffer(copySpec(spec), plan, params);
}

/** Number of weights and biases. */
export function mlpParameterCount(spec: MlpSpec): number {
  return new MlpPlan(spec).paramCount;
}
