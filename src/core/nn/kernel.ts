/**
 * The passes for one point. With a⁰ = x and, for layer l,
 *   zˡ = Wˡ aˡ⁻¹ + bˡ,   aˡ = f(zˡ) (hidden) or the output function of zᴸ,
 * backpropagation carries δˡ = ∂L/∂zˡ down:
 *   δᴸ = ∂L/∂zᴸ (ŷ − y for sigmoid+BCE and softmax+CE, 2(ŷ − y) for MSE, each times the 1/N of the mean),
 *   ∂L/∂Wˡ = δˡ (aˡ⁻¹)ᵀ,  ∂L/∂bˡ = δˡ,  δˡ⁻¹ = f′(zˡ⁻¹) ⊙ (Wˡ)ᵀ δˡ.
 * This is the equations' plain form, used where one point's every number is wanted (traces,
 * metrics); training and prediction run the same equations on blocks of points (block.ts,
 * blockBackward.ts), and share outputLoss with this file.
 */
import { activateRange, scaleBySlope } from './activation';
import { OUT_LINEAR, OUT_SIGMOID, OUT_SOFTMAX, type MlpPlan } from './plan';

/**
 * Forward pass for the input already in a[0 .. inputs): fills z and a for every layer. The output
 * layer's a is after the output function (σ, softmax or identity).
 */
export function forwardSample(plan: MlpPlan, p: Float64Array, z: Float64Array, a: Float64Array): void {
  const L = plan.depth;
  const sizes = plan.sizes;
  for (let l = 0; l < L; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const inOff = plan.uOff[l];
    const outOff = plan.uOff[l + 1];
    const bOff = plan.bOff[l];
    let w = plan.wOff[l];
    for (let j = 0; j < fanOut; j++) {
      let s = p[bOff + j];
      for (let i = 0; i < fanIn; i++) s += p[w + i] * a[inOff + i];
      w += fanIn;
      z[outOff + j] = s;
    }
    if (l < L - 1) activateRange(plan.act[l], z, a, outOff, outOff + fanOut);
    else outputFunction(plan.output, z, a, outOff, outOff + fanOut);
  }
}

/** a = output function of z on [from, to): identity, σ per unit, or softmax (max subtracted first). */
export function outputFunction(
  kind: number,
  z: Float64Array,
  a: Float64Array,
  from: number,
  to: number,
): void {
  if (kind === OUT_SOFTMAX) {
    let m = -Infinity;
    for (let k = from; k < to; k++) if (z[k] > m) m = z[k];
    let s = 0;
    for (let k = from; k < to; k++) s += a[k] = Math.exp(z[k] - m);
    for (let k = from; k < to; k++) a[k] /= s;
  } else if (kind === OUT_SIGMOID) {
    for (let k = from; k < to; k++) {
      const v = z[k];
      a[k] = v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }
  } else {
    for (let k = from; k < to; k++) a[k] = z[k];
  }
}

/**
 * The sample's loss terms summed over outputs (not yet divided by the mean's count), after
 * forwardSample; writes δᴸ = scale · ∂(terms)/∂zᴸ into d. Row `row` of y holds the targets.
 * BCE is taken in its logit form max(z, 0) − z y + log(1 + e^−|z|), exact where σ(z) rounds to 0 or 1.
 */
export function outputLoss(
  plan: MlpPlan,
  z: Float64Array,
  a: Float64Array,
  y: ArrayLike<number>,
  row: number,
  d: Float64Array,
  scale: number,
): number {
  const off = plan.uOff[plan.depth];
  const K = plan.outputs;
  let loss = 0;
  if (plan.output === OUT_SOFTMAX) {
    const cls = y[row];
    let m = -Infinity;
    for (let k = 0; k < K; k++) if (z[off + k] > m) m = z[off + k];
    let s = 0;
    for (let k = 0; k < K; k++) s += Math.exp(z[off + k] - m);
    // A class index outside 0..K−1 matches no output, so the loss is +∞ rather than a silent wrong value.
    const zc = cls >= 0 && cls < K && Number.isInteger(cls) ? z[off + cls] : -Infinity;
    loss = m + Math.log(s) - zc;
    for (let k = 0; k < K; k++) d[off + k] = scale * (a[off + k] - (k === cls ? 1 : 0));
  } else if (plan.output === OUT_SIGMOID) {
    for (let k = 0; k < K; k++) {
      const v = z[off + k];
      const t = y[row * K + k];
      loss += (v > 0 ? v : 0) - v * t + Math.log1p(Math.exp(-Math.abs(v)));
      d[off + k] = scale * (a[off + k] - t);
    }
  } else if (plan.output === OUT_LINEAR) {
    for (let k = 0; k < K; k++) {
      const r = z[off + k] - y[row * K + k];
      loss += r * r;
      d[off + k] = 2 * scale * r;
    }
  }
  return loss;
}

/**
 * Backward pass from δᴸ in d (after forwardSample and outputLoss): adds this sample's ∂L/∂W and
 * ∂L/∂b into g, and leaves every layer's δ in d (the inputs' part of d is untouched).
 */
export function backwardSample(
  plan: MlpPlan,
  p: Float64Array,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  g: Float64Array,
): void {
  const sizes = plan.sizes;
  for (let l = plan.depth - 1; l >= 0; l--) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const inOff = plan.uOff[l];
    const outOff = plan.uOff[l + 1];
    const wOff = plan.wOff[l];
    const bOff = plan.bOff[l];
    const below = l > 0;
    if (below) for (let i = 0; i < fanIn; i++) d[inOff + i] = 0;
    for (let j = 0, w = wOff; j < fanOut; j++, w += fanIn) {
      const dj = d[outOff + j];
      g[bOff + j] += dj;
      // One pass over row j of W serves both products: ∂L/∂W_j· = δ_j a and (Wᵀδ)_i += W_ji δ_j.
      if (below) {
        for (let i = 0; i < fanIn; i++) {
          g[w + i] += dj * a[inOff + i];
          d[inOff + i] += p[w + i] * dj;
        }
      } else {
        for (let i = 0; i < fanIn; i++) g[w + i] += dj * a[inOff + i];
      }
    }
    if (below) scaleBySlope(plan.act[l - 1], z, a, d, inOff, inOff + fanIn);
  }
}

/** Copies row `row` of x (n × inputs, row-major) into a[0 .. inputs). */
export function loadInput(plan: MlpPlan, x: ArrayLike<number>, row: number, a: Float64Array): void {
  const m = plan.inputs;
  const off = row * m;
  for (let i = 0; i < m; i++) a[i] = x[off + i];
}
