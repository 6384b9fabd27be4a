/**
 * Hidden-layer activations as PyTorch defines them, by small integer code so that the inner loops
 * branch on an int rather than compare strings.
 */
import { erf } from '../probability/special/index';
import { fastTanh } from './tanh';

export const ACT_LINEAR = 0;
export const ACT_RELU = 1;
export const ACT_TANH = 2;
export const ACT_SIGMOID = 3;
export const ACT_GELU = 4;
export const ACT_LEAKY_RELU = 5;

/** PyTorch's default negative slope of nn.LeakyReLU. */
export const LEAKY_SLOPE = 0.01;

/** The activation names the network accepts, in the order a picker lists them. */
export const ACTIVATION_NAMES = ['relu', 'tanh', 'sigmoid', 'linear', 'gelu', 'leaky-relu'] as const;

export const activationLabels: Record<(typeof ACTIVATION_NAMES)[number], string> = {
  relu: 'ReLU',
  tanh: 'tanh',
  sigmoid: 'sigmoid',
  linear: 'linear',
  gelu: 'GELU',
  'leaky-relu': 'leaky ReLU',
};

// Spellings a URL, a fixture or a Python habit may use for the same function.
const CODES: Record<string, number> = {
  linear: ACT_LINEAR,
  identity: ACT_LINEAR,
  relu: ACT_RELU,
  tanh: ACT_TANH,
  sigmoid: ACT_SIGMOID,
  gelu: ACT_GELU,
  'leaky-relu': ACT_LEAKY_RELU,
  leaky_relu: ACT_LEAKY_RELU,
  leakyrelu: ACT_LEAKY_RELU,
};

/** The code of an activation name (case-insensitive), or −1 when the name is unknown. */
export function activationCode(name: string): number {
  const code = CODES[String(name).toLowerCase()];
  return code === undefined ? -1 : code;
}

const SQRT1_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** σ(z) = 1/(1 + e^−z), formed so that e^|z| never overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** f(z) for activation `code`. */
export function activate(code: number, z: number): number {
  switch (code) {
    case ACT_RELU:
      return z > 0 ? z : 0;
    case ACT_TANH:
      return fastTanh(z);
    case ACT_SIGMOID:
      return sigmoid(z);
    case ACT_GELU:
      return 0.5 * z * (1 + erf(z * SQRT1_2));
    case ACT_LEAKY_RELU:
      return z > 0 ? z : LEAKY_SLOPE * z;
    default:
      return z;
  }
}

/**
 * f′(z), given z and a = f(z) (tanh′ = 1 − a², σ′ = a(1 − a) reuse a; GELU′ = Φ(z) + z φ(z)).
 * At z = 0 ReLU′ is 0 and leaky ReLU′ is 0.01, as PyTorch's backward takes them.
 */
export function activationSlope(code: number, z: number, a: number): number {
  switch (code) {
    case ACT_RELU:
      return z > 0 ? 1 : 0;
    case ACT_TANH:
      return 1 - a * a;
    case ACT_SIGMOID:
      return a * (1 - a);
    case ACT_GELU:
      return 0.5 * (1 + erf(z * SQRT1_2)) + z * INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    case ACT_LEAKY_RELU:
      return z > 0 ? 1 : LEAKY_SLOPE;
    default:
      return 1;
  }
}

/** a[k] = f(z[k]) for k in [from, to); the switch sits outside the loop so each loop is tight. */
export function activateRange(
  code: number,
  z: Float64Array,
  a: Float64Array,
  from: number,
  to: number,
): void {
  switch (code) {
    case ACT_TANH:
      for (let k = from; k < to; k++) a[k] = fastTanh(z[k]);
      return;
    case ACT_RELU:
      for (let k = from; k < to; k++) a[k] = z[k] > 0 ? z[k] : 0;
      return;
    case ACT_LINEAR:
      for (let k = from; k < to; k++) a[k] = z[k];
      return;
    default:
      for (let k = from; k < to; k++) a[k] = activate(code, z[k]);
  }
}

/** d[k] *= f′(z[k]) for k in [from, to): turns ∂L/∂a into ∂L/∂z. */
export function scaleBySlope(
  code: number,
  z: Float64Array,
  a: Float64Array,
  d: Float64Array,
  from: number,
  to: number,
): void {
  switch (code) {
    case ACT_TANH:
      for (let k = from; k < to; k++) d[k] *= 1 - a[k] * a[k];
      return;
    case ACT_RELU:
      for (let k = from; k < to; k++) if (!(z[k] > 0)) d[k] = 0;
      return;
    case ACT_LINEAR:
      return;
    default:
      for (let k = from; k < to; k++) d[k] *= activationSlope(code, z[k], a[k]);
  }
}

/** f(z) for a hidden activation by name (e.g. to draw it); NaN for an unknown name. */
export function activationValue(name: string, z: number): number {
  const code = activationCode(name);
  return code < 0 ? NaN : activate(code, z);
}

/** f′(z) for a hidden activation by name; NaN for an unknown name. */
export function activationDerivative(name: string, z: number): number {
  const code = activationCode(name);
  return code < 0 ? NaN : activationSlope(code, z, activate(code, z));
}
