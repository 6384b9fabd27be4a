/** Universal approximation made visible: a one-hidden-layer network's output as a sum of bumps. */
import { MlpPredictor } from './predict';
import type { Mlp } from './types';

export interface UnitContributions {
  /** terms[u][k] = v_u · h_u(x_k): hidden unit u's output at xs[k] times its weight v_u to the output. */
  terms: Float64Array[];
  /** The output unit's bias c. */
  bias: number;
  /** sum[k] = c + Σ_u terms[u][k], the output before the output function. */
  sum: Float64Array;
}

/**
 * For a network with one hidden layer and one output on the input x₁ alone (a 1-D regression),
 * each hidden unit's weighted contribution to the output along xs: ŷ(x) = c + Σ_u v_u h_u(x).
 * Null for any other shape.
 */
export function mlpUnitContributions(net: Mlp, xs: ArrayLike<number>): UnitContributions | null {
  const sizes = net.spec.sizes;
  if (sizes.length !== 3 || sizes[0] !== 1 || sizes[2] !== 1) return null;
  const H = sizes[1];
  const n = xs.length;
  const out = new Float64Array(n);
  const units = new Float64Array((H + 1) * n);
  new MlpPredictor(net).predictGrid(xs, [0], out, { features: ['x1'], units });
  const v = net.layers[1].weights;
  const bias = net.layers[1].biases[0];
  const sum = new Float64Array(n).fill(bias);
  const terms = Array.from({ length: H }, (_, u) => {
    const t = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      t[k] = v[u] * units[u * n + k];
      sum[k] += t[k];
    }
    return t;
  });
  return { terms, bias, sum };
}
