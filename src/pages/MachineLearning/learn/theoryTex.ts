/** TeX of the network theory notes, each beside its concept, with the tab's current numbers. */
import {
  nnFeatureTex,
  resolveOptimizerSettings,
  type MlpSpec,
  type NnFeature,
  type NnOptimizerName,
  type OutputKind,
} from '../../../core';

/** A number in TeX at `digits` significant digits (powers of ten outside 10⁻⁴ … 10⁵); never "NaN". */
export function texNum(v: number, digits = 4): string {
  if (Number.isNaN(v)) return '\\text{undefined}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e5 || a < 1e-4) {
    const [m, e] = v.toExponential(digits - 1).split('e');
    return `${String(Number(m))} \\times 10^{${Number(e)}}`;
  }
  return String(Number(v.toPrecision(digits)));
}

const ACTIVATION_TEX: Record<string, string> = {
  relu: '\\mathrm{ReLU}',
  tanh: '\\tanh',
  sigmoid: '\\mathrm{sigmoid}',
  linear: '\\mathrm{id}',
  gelu: '\\mathrm{GELU}',
  'leaky-relu': '\\mathrm{LeakyReLU}',
};
const activationTex = (a: string) => ACTIVATION_TEX[a] ?? `\\text{${a.replace(/[^a-z-]/gi, '')}}`;

/** The inputs, the layer sizes and the parameter count P = Σ (n_{l−1} + 1)·n_l with its terms. */
export function architectureTex(spec: MlpSpec, features: readonly NnFeature[]): string {
  const inputs = `a^{(0)} = (${features.map((f) => nnFeatureTex[f]).join(',\\ ')})`;
  const sizes = spec.sizes.join(' \\to ');
  const terms = spec.sizes.slice(1).map((n, l) => `${spec.sizes[l] + 1}\\cdot ${n}`);
  const count = spec.sizes.slice(1).reduce((s, n, l) => s + (spec.sizes[l] + 1) * n, 0);
  return `${inputs},\\qquad ${sizes},\\qquad P = \\sum_{l} (n_{l-1} + 1)\\, n_l = ${terms.join(' + ')} = ${count}`;
}

const OUTPUT_TEX: Record<OutputKind, string> = {
  sigmoid: '\\hat y = \\mathrm{sigmoid}(z^{(L)}) = \\frac{1}{1 + e^{-z^{(L)}}}',
  softmax: '\\hat y_k = \\mathrm{softmax}(z^{(L)})_k = \\frac{e^{z^{(L)}_k}}{\\sum_j e^{z^{(L)}_j}}',
  linear: '\\hat y = z^{(L)}',
};

/** a^{(l)} = σ_l(W^{(l)} a^{(l−1)} + b^{(l)}) with the layers' activations, and the output function. */
export function forwardTex(spec: MlpSpec): string {
  const L = spec.sizes.length - 1;
  const acts = spec.activations.map((a, l) => `\\sigma_{${l + 1}} = ${activationTex(a)}`).join(',\\ ');
  const hidden =
    L > 1
      ? `a^{(l)} = \\sigma_l\\big(W^{(l)} a^{(l-1)} + b^{(l)}\\big),\\ l = 1, \\dots, ${L - 1}\\quad (${acts})`
      : '\\text{no hidden layer}';
  return `\\begin{gathered} ${hidden} \\\\ z^{(${L})} = W^{(${L})} a^{(${L - 1})} + b^{(${L})},\\qquad ${OUTPUT_TEX[spec.output].replace(/\(L\)/g, `(${L})`)} \\end{gathered}`;
}

const PENALTY = (l1: number, l2: number) =>
  l1 === 0 && l2 === 0 ? '' : ` + ${texNum(l1)} \\sum |w| + \\frac{${texNum(l2)}}{2} \\sum w^2`;

/** The training objective for the output kind: mean data loss plus the current L1/L2 penalties. */
export function lossTex(output: OutputKind, outputs: number, l1: number, l2: number): string {
  const pen = PENALTY(l1, l2);
  switch (output) {
    case 'sigmoid':
      return `L = -\\frac1n \\sum_{i=1}^n \\big[y_i \\log \\hat y_i + (1 - y_i) \\log (1 - \\hat y_i)\\big]${pen}`;
    case 'softmax':
      return `L = -\\frac1n \\sum_{i=1}^n \\log \\hat y_{i,\\,y_i}\\quad (K = ${outputs}\\ \\text{classes})${pen}`;
    case 'linear':
      return `L = \\frac{1}{n${outputs > 1 ? `\\cdot ${outputs}` : ''}} \\sum_{i=1}^n \\lVert \\hat y_i - y_i \\rVert^2${pen}`;
  }
}

/** The output error δ^{(L)} for the output kind, the backward recursion and the gradients. */
export function backpropTex(output: OutputKind, layers: number, outputs: number): string {
  const L = layers;
  const top =
    output === 'linear'
      ? `\\delta^{(${L})} &= \\frac{\\partial \\ell}{\\partial z^{(${L})}} = ${outputs > 1 ? `\\frac{2}{${outputs}}` : '2'}(\\hat y - y)`
      : `\\delta^{(${L})} &= \\frac{\\partial \\ell}{\\partial z^{(${L})}} = \\hat y - y${output === 'softmax' ? '_{\\text{one-hot}}' : ''}`;
  return [
    '\\begin{aligned}',
    `${top} \\\\`,
    "\\delta^{(l)} &= \\big(W^{(l+1)\\top} \\delta^{(l+1)}\\big) \\odot \\sigma_l'\\big(z^{(l)}\\big) \\\\",
    '\\frac{\\partial L}{\\partial W^{(l)}} &= \\frac1n \\sum_i \\delta^{(l)}_i\\, a^{(l-1)\\top}_i + \\lambda_1 \\operatorname{sign}(W^{(l)}) + \\lambda_2 W^{(l)}, \\qquad \\frac{\\partial L}{\\partial b^{(l)}} = \\frac1n \\sum_i \\delta^{(l)}_i',
    '\\end{aligned}',
  ].join('\n');
}

/** The optimizer's update rule (PyTorch's) with the current learning rate and its defaults. */
export function optimizerTex(name: NnOptimizerName, lr: number): string {
  const s = resolveOptimizerSettings(name, {});
  const eta = `\\eta = ${texNum(lr)}`;
  switch (name) {
    case 'sgd':
      return `\\theta \\leftarrow \\theta - \\eta\\, g,\\qquad ${eta}`;
    case 'momentum':
      return `b \\leftarrow \\mu b + g,\\quad \\theta \\leftarrow \\theta - \\eta\\, b,\\qquad ${eta},\\ \\mu = ${texNum(s.momentum)}`;
    case 'nesterov':
      return `b \\leftarrow \\mu b + g,\\quad \\theta \\leftarrow \\theta - \\eta\\,(g + \\mu b),\\qquad ${eta},\\ \\mu = ${texNum(s.momentum)}`;
    case 'adagrad':
      return `G \\leftarrow G + g^2,\\quad \\theta \\leftarrow \\theta - \\frac{\\eta\\, g}{\\sqrt{G} + \\epsilon},\\qquad ${eta},\\ \\epsilon = ${texNum(s.eps)}`;
    case 'rmsprop':
      return `v \\leftarrow \\alpha v + (1 - \\alpha) g^2,\\quad \\theta \\leftarrow \\theta - \\frac{\\eta\\, g}{\\sqrt{v} + \\epsilon},\\qquad ${eta},\\ \\alpha = ${texNum(s.alpha)},\\ \\epsilon = ${texNum(s.eps)}`;
    case 'adam':
      return [
        '\\begin{aligned}',
        'm &\\leftarrow \\beta_1 m + (1 - \\beta_1)\\, g, & v &\\leftarrow \\beta_2 v + (1 - \\beta_2)\\, g^2 \\\\',
        `\\theta &\\leftarrow \\theta - \\frac{\\eta}{1 - \\beta_1^t}\\, \\frac{m}{\\sqrt{v / (1 - \\beta_2^t)} + \\epsilon}, & & ${eta},\\ (\\beta_1, \\beta_2, \\epsilon) = (${texNum(s.beta1)}, ${texNum(s.beta2)}, ${texNum(s.eps)})`,
        '\\end{aligned}',
      ].join('\n');
  }
}

/** Penalties: the objective's extra terms and what each does to a weight per step. */
export function penaltyTex(l1: number, l2: number): string {
  return `\\lambda_1 \\sum |w| + \\frac{\\lambda_2}{2} \\sum w^2,\\quad \\lambda_1 = ${texNum(l1)},\\ \\lambda_2 = ${texNum(l2)}:\\qquad w \\leftarrow (1 - \\eta\\lambda_2)\\, w - \\eta\\lambda_1 \\operatorname{sign}(w) - \\eta\\, \\frac{\\partial L_{\\text{data}}}{\\partial w}`;
}

/** The mini-batch gradient and the steps per epoch for m training points and batch size B. */
export function batchTex(m: number, batch: number): string {
  const B = Math.max(1, Math.min(m, Math.floor(batch) || 1));
  const steps = m > 0 ? Math.ceil(m / B) : 0;
  return `g_{\\mathcal B} = \\frac1B \\sum_{i \\in \\mathcal B} \\nabla \\ell_i,\\qquad \\operatorname{Var} g_{\\mathcal B} \\approx \\frac{\\sigma^2}{B},\\qquad B = ${B}:\\ \\left\\lceil \\frac{${m}}{${B}} \\right\\rceil = ${steps}\\ \\text{steps per epoch}`;
}
