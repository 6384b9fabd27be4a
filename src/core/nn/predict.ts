/** Predictions: for rows of inputs, and on a grid of points for heat maps. */
import { featureCodes, featureValue, type NnFeature } from './features';
import { forwardSample, loadInput } from './kernel';
import { packParams } from './mlp';
import { MlpPlan } from './plan';
import type { Mlp } from './types';
import { Workspace } from './workspace';

/**
 * A network compiled for repeated prediction: its parameters packed once into a flat buffer and
 * its scratch allocated once. Call `load` after the network's parameters change.
 */
export class MlpPredictor {
  readonly plan: MlpPlan;
  readonly params: Float64Array;
  private readonly ws: Workspace;
  constructor(net: Mlp) {
    this.plan = new MlpPlan(net.spec);
    this.params = new Float64Array(this.plan.paramCount);
    this.ws = new Workspace(this.plan);
    this.load(net);
  }

  /** Copies the parameters of `net` (same spec) in. */
  load(net: Mlp): void {
    packParams(net, this.plan, this.params);
  }

  /** out[r·outputs + k] = output k for row r of x (n × inputs), after the output function. */
  predictInto(x: ArrayLike<number>, n: number, out: Float64Array | Float32Array): void {
    const { plan, params, ws } = this;
    const K = plan.outputs;
    const off = plan.uOff[plan.depth];
    for (let r = 0; r < n; r++) {
      loadInput(plan, x, r, ws.a);
      forwardSample(plan, params, ws.z, ws.a);
      for (let k = 0; k < K; k++) out[r * K + k] = ws.a[off + k];
    }
  }

  /**
   * The network on the grid of points (xs[i], ys[j]), j the row: out[(j·nx + i)·outputs + k] is
   * output k there, the inputs being `features` of the point (x1 and x2 when omitted). When
   * `units` is given, units[u·nx·ny + j·nx + i] is unit u's output there, units numbered through
   * the hidden layers and then the outputs (the per-unit thumbnails).
   */
  predictGrid(
    xs: ArrayLike<number>,
    ys: ArrayLike<number>,
    out: Float64Array | Float32Array,
    options: { features?: readonly NnFeature[]; units?: Float64Array | Float32Array } = {},
  ): void {
    const { plan, params, ws } = this;
    const codes = featureCodes(options.features ?? ['x1', 'x2']);
    if (codes.length !== plan.inputs) {
      throw new RangeError(`the network takes ${plan.inputs} inputs, ${codes.length} features were chosen`);
    }
    const units = options.units ?? null;
    const nx = xs.length;
    const ny = ys.length;
    const npts = nx * ny;
    const K = plan.outputs;
    const a = ws.a;
    const first = plan.inputs;
    const off = plan.uOff[plan.depth];
    const unitsShown = plan.unitCount - first;
    if (units !== null && units.length < unitsShown * npts) {
      throw new RangeError(`units needs ${unitsShown * npts} entries, has ${units.length}`);
    }
    const F = codes.length;
    for (let j = 0, pt = 0; j < ny; j++) {
      const x2 = ys[j];
      for (let i = 0; i < nx; i++, pt++) {
        const x1 = xs[i];
        for (let f = 0; f < F; f++) a[f] = featureValue(codes[f], x1, x2);
        forwardSample(plan, params, ws.z, a);
        for (let k = 0; k < K; k++) out[pt * K + k] = a[off + k];
        if (units !== null) for (let u = 0; u < unitsShown; u++) units[u * npts + pt] = a[first + u];
      }
    }
  }
}

/** n rows of outputs (row-major n × outputs) for the n rows of x, after the output function. */
export function mlpPredict(net: Mlp, x: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n * net.spec.sizes[net.spec.sizes.length - 1]);
  new MlpPredictor(net).predictInto(x, n, out);
  return out;
}

/** One-shot MlpPredictor.predictGrid; a worker redrawing often keeps an MlpPredictor instead. */
export function mlpPredictGrid(
  net: Mlp,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  out: Float64Array | Float32Array,
  options: { features?: readonly NnFeature[]; units?: Float64Array | Float32Array } = {},
): void {
  new MlpPredictor(net).predictGrid(xs, ys, out, options);
}
