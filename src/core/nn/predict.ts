/** Predictions: for rows of inputs, and on a grid of points for heat maps. */
import { featureCodes, featureValue, type NnFeature } from './features';
import { BLOCK, forwardBlock } from './block';
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
    const m = plan.inputs;
    const a = ws.ba;
    const outOff = plan.uOff[plan.depth] * BLOCK;
    for (let start = 0; start < n; start += BLOCK) {
      const count = Math.min(BLOCK, n - start);
      for (let s = 0; s < count; s++) for (let i = 0; i < m; i++) a[i * BLOCK + s] = x[(start + s) * m + i];
      forwardBlock(plan, params, count, ws.bz, a, ws.t);
      for (let k = 0; k < K; k++)
        for (let s = 0; s < count; s++) out[(start + s) * K + k] = a[outOff + k * BLOCK + s];
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
    const { plan, params } = this;
    const codes = featureCodes(options.features ?? ['x1', 'x2']);
    if (codes.length !== plan.inputs) {
      throw new RangeError(`the network takes ${plan.inputs} inputs, ${codes.length} features were chosen`);
    }
    const units = options.units ?? null;
    const nx = xs.length;
    const npts = nx * ys.length;
    const K = plan.outputs;
    const F = codes.length;
    const first = plan.inputs;
    const unitsShown = plan.unitCount - first;
    if (units !== null && units.length < unitsShown * npts) {
      throw new RangeError(`units needs ${unitsShown * npts} entries, has ${units.length}`);
    }
    const { bz: z, ba: a, t } = this.ws;
    const outOff = plan.uOff[plan.depth] * BLOCK;
    for (let start = 0; start < npts; start += BLOCK) {
      const count = Math.min(BLOCK, npts - start);
      for (let s = 0; s < count; s++) {
        const pt = start + s;
        const j = Math.floor(pt / nx);
        const x1 = xs[pt - j * nx];
        const x2 = ys[j];
        for (let f = 0; f < F; f++) a[f * BLOCK + s] = featureValue(codes[f], x1, x2);
      }
      forwardBlock(plan, params, count, z, a, t);
      for (let k = 0; k < K; k++) {
        for (let s = 0; s < count; s++) out[(start + s) * K + k] = a[outOff + k * BLOCK + s];
      }
      if (units !== null) {
        for (let u = 0; u < unitsShown; u++) {
          const from = (first + u) * BLOCK;
          for (let s = 0; s < count; s++) units[u * npts + start + s] = a[from + s];
        }
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
