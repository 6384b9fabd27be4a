/**
 * A network's layout in flat buffers. All parameters live in one Float64Array, layer by layer,
 * each layer's weights (row-major [out][in]) followed by its biases; all units' values live in one
 * buffer, the inputs first. One flat buffer lets an optimizer step be a single loop, and lets the
 * per-sample passes address everything by precomputed offsets without allocating.
 */
import { activationCode } from './activation';
import type { MlpSpec, OutputKind } from './types';

export const OUT_LINEAR = 0;
export const OUT_SIGMOID = 1;
export const OUT_SOFTMAX = 2;

const OUTPUT_CODES: Record<OutputKind, number> = {
  linear: OUT_LINEAR,
  sigmoid: OUT_SIGMOID,
  softmax: OUT_SOFTMAX,
};

/** Largest parameter count accepted: far above the page's 8 × 32 units, below a memory problem. */
export const MAX_MLP_PARAMETERS = 5_000_000;

/** Why `spec` cannot describe a network, in words, or null when it can. */
export function mlpSpecProblem(spec: MlpSpec): string | null {
  const { sizes, activations, output } = spec ?? ({} as MlpSpec);
  if (!Array.isArray(sizes) || sizes.length < 2)
    return 'a network needs at least an input and an output size';
  for (let l = 0; l < sizes.length; l++) {
    if (!Number.isInteger(sizes[l]) || sizes[l] < 1) return `layer ${l} needs a whole number of units ≥ 1`;
  }
  if (!Array.isArray(activations) || activations.length !== sizes.length - 2) {
    return `${sizes.length - 2} hidden layers need ${sizes.length - 2} activations`;
  }
  const bad = activations.findIndex((a) => activationCode(a) < 0);
  if (bad >= 0) return `unknown activation "${String(activations[bad])}" in hidden layer ${bad + 1}`;
  if (!(output in OUTPUT_CODES)) return `unknown output "${String(output)}" (linear, sigmoid or softmax)`;
  if (output === 'softmax' && sizes[sizes.length - 1] < 2)
    return 'softmax needs at least 2 outputs (classes)';
  let count = 0;
  for (let l = 0; l + 1 < sizes.length; l++) count += sizes[l + 1] * (sizes[l] + 1);
  if (count > MAX_MLP_PARAMETERS) return `too many parameters (${count}; at most ${MAX_MLP_PARAMETERS})`;
  return null;
}

/** Throws a RangeError naming the problem: the core functions' guard against a malformed spec. */
export function assertSpec(spec: MlpSpec): void {
  const problem = mlpSpecProblem(spec);
  if (problem) throw new RangeError(problem);
}

export class MlpPlan {
  /** Number of affine layers L (hidden layers + the output layer). */
  readonly depth: number;
  readonly sizes: Int32Array;
  /** Activation code of layer l's units (the output layer's is unused: see output). */
  readonly act: Int8Array;
  readonly output: number;
  /** Offsets of layer l's weights and biases in the parameter buffer. */
  readonly wOff: Int32Array;
  readonly bOff: Int32Array;
  /** Offset of layer l's units in the unit buffers (l = 0: the inputs, l = depth: the outputs). */
  readonly uOff: Int32Array;
  readonly paramCount: number;
  readonly unitCount: number;
  readonly inputs: number;
  readonly outputs: number;
  /** Largest layer width, for scratch buffers. */
  readonly maxWidth: number;

  constructor(spec: MlpSpec) {
    assertSpec(spec);
    const L = spec.sizes.length - 1;
    this.depth = L;
    this.sizes = Int32Array.from(spec.sizes);
    this.act = Int8Array.from({ length: L }, (_, l) => (l < L - 1 ? activationCode(spec.activations[l]) : 0));
    this.output = OUTPUT_CODES[spec.output];
    this.wOff = new Int32Array(L);
    this.bOff = new Int32Array(L);
    this.uOff = new Int32Array(L + 1);
    let p = 0;
    let u = this.sizes[0];
    for (let l = 0; l < L; l++) {
      this.wOff[l] = p;
      p += this.sizes[l + 1] * this.sizes[l];
      this.bOff[l] = p;
      p += this.sizes[l + 1];
      this.uOff[l + 1] = u;
      u += this.sizes[l + 1];
    }
    this.paramCount = p;
    this.unitCount = u;
    this.inputs = this.sizes[0];
    this.outputs = this.sizes[L];
    this.maxWidth = Math.max(...spec.sizes);
  }

  /** Number of y values per row: class index (softmax) or one target per output. */
  get targetsPerRow(): number {
    return this.output === OUT_SOFTMAX ? 1 : this.outputs;
  }

  /** The loss is a mean over this many terms per row: MSE and BCE average over outputs too. */
  get termsPerRow(): number {
    return this.output === OUT_SOFTMAX ? 1 : this.outputs;
  }
}
