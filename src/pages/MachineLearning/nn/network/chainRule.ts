/**
 * The chain rule for one weight of one training point, as TeX with the point's numbers:
 * ∂L/∂w_{ji} = δ_j · a_i, with δ_j = (Σ_k w_{kj} δ_k) · σ′(z_j) in a hidden layer and, at the output,
 * δ_j = 2(ŷ_j − y_j)/K (linear + MSE), p − y (sigmoid + BCE) or p_j − [j = y] (softmax + cross-entropy).
 */
import { nnFeatureTex, type Mlp, type MlpBackpropTrace, type NnFeature } from '../../../../core';
import { formatNumber } from '../../../../ui/Readout';

/** A number for TeX: 4 significant digits, powers of ten written out, words for the non-finite. */
export function texNumber(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '\\text{undefined}' : v > 0 ? '\\infty' : '-\\infty';
  const s = formatNumber(v, 4);
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

/** As a factor: negative numbers in parentheses. */
const factor = (v: number) => (v < 0 ? `(${texNumber(v)})` : texNumber(v));

export interface ChainRuleLines {
  /** ∂L/∂w = δ · a with the numbers. */
  gradient: string;
  /** δ_j from the layer above (hidden) or from the loss (output). */
  delta: string;
  /** The sum Σ_k w_kj δ_k written out (hidden layers with at most 4 units above), or null. */
  sum: string | null;
}

/**
 * The chain rule for weight layer l (0-based: from layer l to layer l + 1), unit j, input i, on `net`
 * (whose trace for the point is `trace`, target `y`).
 */
export function chainRuleTex(
  net: Mlp,
  features: readonly NnFeature[],
  trace: MlpBackpropTrace,
  y: number,
  l: number,
  j: number,
  i: number,
): ChainRuleLines {
  const sizes = net.spec.sizes;
  const depth = sizes.length - 1;
  const fanIn = sizes[l];
  const a = l === 0 ? trace.input[i] : trace.post[l - 1][i];
  const aName =
    l === 0 ? (features[i] ? nnFeatureTex[features[i]] : `x_{${i + 1}}`) : `a^{(${l})}_{${i + 1}}`;
  const d = trace.delta[l][j];
  const dName = `\\delta^{(${l + 1})}_{${j + 1}}`;
  const g = trace.grads[l].weights[j * fanIn + i];
  const gradient =
    `\\frac{\\partial L}{\\partial w^{(${l + 1})}_{${j + 1},${i + 1}}} = ${dName}\\,${aName}` +
    ` = ${factor(d)}\\cdot ${factor(a)} = ${texNumber(g)}`;
  if (l === depth - 1) {
    const out = trace.post[l][j];
    const K = sizes[depth];
    const kind = net.spec.output;
    const rule =
      kind === 'linear'
        ? `${K === 1 ? '2' : `\\tfrac{2}{${K}}`}(\\hat y_{${j + 1}} - y_{${j + 1}}) = ${K === 1 ? '2' : `\\tfrac{2}{${K}}`}(${texNumber(out)} - ${factor(y)})`
        : kind === 'sigmoid'
          ? `\\hat p - y = ${texNumber(out)} - ${texNumber(y)}`
          : `p_{${j + 1}} - [\\,${j} = y\\,] = ${texNumber(out)} - ${j === y ? 1 : 0}`;
    return {
      gradient,
      delta: `${dName} = \\frac{\\partial L}{\\partial z^{(${l + 1})}_{${j + 1}}} = ${rule} = ${texNumber(d)}`,
      sum: null,
    };
  }
  const up = trace.upstream[l][j];
  const slope = trace.slope[l][j];
  const z = trace.pre[l][j];
  const delta =
    `${dName} = \\Big(\\sum_k w^{(${l + 2})}_{k,${j + 1}}\\,\\delta^{(${l + 2})}_k\\Big)\\,\\sigma'(z^{(${l + 1})}_{${j + 1}})` +
    ` = ${factor(up)}\\cdot \\sigma'(${texNumber(z)}) = ${factor(up)}\\cdot ${factor(slope)} = ${texNumber(d)}`;
  const above = sizes[l + 2];
  let sum: string | null = null;
  if (above <= 4) {
    const w = net.layers[l + 1].weights;
    const terms = Array.from(
      { length: above },
      (_, k) => `${factor(w[k * sizes[l + 1] + j])}\\cdot ${factor(trace.delta[l + 1][k])}`,
    );
    sum = `\\sum_k w^{(${l + 2})}_{k,${j + 1}}\\,\\delta^{(${l + 2})}_k = ${terms.join(' + ')} = ${texNumber(up)}`;
  }
  return { gradient, delta, sum };
}
