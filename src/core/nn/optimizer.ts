/**
 * torch.optim's update rules on the flat parameter vector θ, with g = ∇ objective, η the step's
 * learning rate, every state zero at the start and t = 1, 2, … counting this optimizer's steps:
 *   sgd       θ ← θ − η g
 *   momentum  b ← g at t = 1, else μ b + g;  θ ← θ − η b        (nesterov: θ ← θ − η (g + μ b))
 *   adagrad   G ← G + g²;                    θ ← θ − η g / (√G + ε)
 *   rmsprop   v ← α v + (1 − α) g²;          θ ← θ − η g / (√v + ε)
 *   adam      m ← m + (1 − β₁)(g − m), v ← β₂ v + (1 − β₂) g²;
 *             θ ← θ − (η/(1 − β₁ᵗ)) m / (√v / √(1 − β₂ᵗ) + ε)
 * (squares and roots per coordinate) — the calculus page's rules (src/core/optim/loop.ts), on vectors.
 */
import { resolveConfig, type OptimizerName } from '../optim/types';
import type { NnOptimizerName } from './types';

/** Hyperparameters an update rule reads; missing ones take the calculus page's (PyTorch's) defaults. */
export interface OptimizerSettings {
  momentum?: number;
  beta1?: number;
  beta2?: number;
  alpha?: number;
  eps?: number;
}

export type ResolvedSettings = Required<OptimizerSettings>;

const CALCULUS_NAME: Record<NnOptimizerName, OptimizerName> = {
  sgd: 'gd',
  momentum: 'momentum',
  nesterov: 'nesterov',
  adagrad: 'adagrad',
  rmsprop: 'rmsprop',
  adam: 'adam',
};

const CODES: Record<NnOptimizerName, number> = {
  sgd: 0,
  momentum: 1,
  nesterov: 2,
  adagrad: 3,
  rmsprop: 4,
  adam: 5,
};

/** `settings` completed with the calculus page's defaults for `name` (eps 1e-10 for AdaGrad, else 1e-8). */
export function resolveOptimizerSettings(
  name: NnOptimizerName,
  settings: OptimizerSettings,
): ResolvedSettings {
  const c = resolveConfig(CALCULUS_NAME[name], settings);
  return { momentum: c.momentum, beta1: c.beta1, beta2: c.beta2, alpha: c.alpha, eps: c.eps };
}

/** An optimizer's state for P parameters: its buffers and its own step count. */
export class OptimizerState {
  readonly code: number;
  readonly s1: Float64Array;
  readonly s2: Float64Array;
  /** Steps this optimizer has taken (Adam's t; the first-step rule of momentum). */
  t = 0;
  private pow1 = 1;
  private pow2 = 1;

  constructor(
    readonly name: NnOptimizerName,
    size: number,
    public settings: ResolvedSettings,
  ) {
    if (!(name in CODES)) throw new RangeError(`unknown optimizer "${String(name)}"`);
    this.code = CODES[name];
    this.s1 = new Float64Array(this.code === 0 ? 0 : size);
    this.s2 = new Float64Array(this.code === 5 ? size : 0);
  }

  /** Copies another state of the same optimizer and size (a trainer's rollback). */
  copyFrom(o: OptimizerState): void {
    this.s1.set(o.s1);
    this.s2.set(o.s2);
    this.t = o.t;
    this.pow1 = o.pow1;
    this.pow2 = o.pow2;
  }

  /** One update of p by gradient g at learning rate eta. */
  step(p: Float64Array, g: Float64Array, eta: number): void {
    const P = p.length;
    const { momentum: mu, beta1, beta2, alpha, eps } = this.settings;
    const s1 = this.s1;
    const s2 = this.s2;
    const first = this.t === 0;
    this.t++;
    switch (this.code) {
      case 0:
        for (let k = 0; k < P; k++) p[k] -= eta * g[k];
        break;
      case 1:
      case 2: {
        const nesterov = this.code === 2;
        for (let k = 0; k < P; k++) {
          const b = first ? g[k] : mu * s1[k] + g[k];
          s1[k] = b;
          p[k] -= eta * (nesterov ? g[k] + mu * b : b);
        }
        break;
      }
      case 3:
        for (let k = 0; k < P; k++) {
          s1[k] += g[k] * g[k];
          p[k] -= (eta * g[k]) / (Math.sqrt(s1[k]) + eps);
        }
        break;
      case 4: {
        const keep = 1 - alpha;
        for (let k = 0; k < P; k++) {
          s1[k] = alpha * s1[k] + keep * g[k] * g[k];
          p[k] -= (eta * g[k]) / (Math.sqrt(s1[k]) + eps);
        }
        break;
      }
      case 5: {
        this.pow1 *= beta1;
        this.pow2 *= beta2;
        const stepSize = eta / (1 - this.pow1);
        const c2 = Math.sqrt(1 - this.pow2);
        const keep1 = 1 - beta1;
        const keep2 = 1 - beta2;
        for (let k = 0; k < P; k++) {
          const gk = g[k];
          s1[k] += keep1 * (gk - s1[k]);
          s2[k] = beta2 * s2[k] + keep2 * gk * gk;
          p[k] -= (stepSize * s1[k]) / (Math.sqrt(s2[k]) / c2 + eps);
        }
        break;
      }
    }
  }
}
