/** Names, configuration and results of the optimizers. Update rules follow PyTorch's torch.optim. */
export type OptimizerName = 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam' | 'newton';

export const OPTIMIZER_NAMES: readonly OptimizerName[] = [
  'gd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
  'newton',
];

export type ScheduleName = 'constant' | 'step' | 'exponential' | 'cosine';

export interface OptimizerConfig {
  /** Base learning rate η. */
  lr?: number;
  /** Momentum coefficient μ (momentum, nesterov). */
  momentum?: number;
  /** Adam's decay rates of the first and second moment estimates. */
  beta1?: number;
  beta2?: number;
  /** RMSProp's decay rate of the squared-gradient average. */
  alpha?: number;
  /** Added to the root of the second-moment estimate so that a zero gradient divides safely. */
  eps?: number;
  /** Learning-rate schedule η_t; see learningRateAt. */
  schedule?: ScheduleName;
  /** Decay factor γ of the step and exponential schedules. */
  decay?: number;
  /** Steps between decays of the step schedule. */
  stepEvery?: number;
}

export interface OptimizerRun {
  /** Iterates x0, y0, x1, y1, …; length 2·(taken + 1). */
  path: Float64Array;
  /** Steps actually taken (= steps unless the run stopped early). */
  taken: number;
  stop: 'done' | 'diverged' | 'singular-hessian';
}

export const optimizerLabels: Record<OptimizerName, string> = {
  gd: 'GD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
  newton: 'Newton',
};

/**
 * Defaults filled in for missing config entries. The constants are PyTorch's (eps 1e-10 for
 * AdaGrad and 1e-8 for RMSProp and Adam, alpha 0.99, betas 0.9/0.999). The learning rates are the
 * playground's own, chosen to move visibly on surfaces a few units wide within a few hundred
 * steps: PyTorch's (1e-3 for Adam, 1e-2 for AdaGrad) are tuned for networks, not for 2-D views.
 */
export const optimizerDefaults: Record<OptimizerName, OptimizerConfig> = {
  gd: { lr: 0.01, schedule: 'constant' },
  momentum: { lr: 0.01, momentum: 0.9, schedule: 'constant' },
  nesterov: { lr: 0.01, momentum: 0.9, schedule: 'constant' },
  adagrad: { lr: 0.5, eps: 1e-10, schedule: 'constant' },
  rmsprop: { lr: 0.01, alpha: 0.99, eps: 1e-8, schedule: 'constant' },
  adam: { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, schedule: 'constant' },
  newton: { lr: 1, schedule: 'constant' },
};

/** A config with every entry the update rules read filled in from optimizerDefaults. */
export interface ResolvedConfig {
  lr: number;
  momentum: number;
  beta1: number;
  beta2: number;
  alpha: number;
  eps: number;
}

/**
 * The update rules' numbers for `method`: config entries where given, else its defaults.
 * Always the same object shape, so the optimizer loop's reads of it stay monomorphic.
 */
export function resolveConfig(method: OptimizerName, config: OptimizerConfig): ResolvedConfig {
  const d = optimizerDefaults[method];
  const pick = (v: number | undefined, fallback: number | undefined, last: number) => v ?? fallback ?? last;
  return {
    lr: pick(config.lr, d.lr, 0.01),
    momentum: pick(config.momentum, d.momentum, 0.9),
    beta1: pick(config.beta1, d.beta1, 0.9),
    beta2: pick(config.beta2, d.beta2, 0.999),
    alpha: pick(config.alpha, d.alpha, 0.99),
    eps: pick(config.eps, d.eps, 1e-8),
  };
}
