/** Learning-rate schedules (PyTorch StepLR, ExponentialLR, CosineAnnealingLR with η_min = 0). */
import type { OptimizerConfig } from './types';

/** Default γ of the step schedule (halve every stepEvery steps) and of the exponential one. */
export const scheduleDefaults = { stepDecay: 0.5, exponentialDecay: 0.99, stepEvery: 25 } as const;

/**
 * η_t for the update of step t = 0, 1, …, steps − 1:
 * constant η; step η·γ^⌊t/stepEvery⌋; exponential η·γ^t; cosine η·(1 + cos(π t / steps))/2.
 */
export function learningRateAt(lr: number, config: OptimizerConfig, t: number, steps: number): number {
  switch (config.schedule ?? 'constant') {
    case 'constant':
      return lr;
    case 'step': {
      const every = Math.max(1, Math.floor(config.stepEvery ?? scheduleDefaults.stepEvery));
      return lr * Math.pow(config.decay ?? scheduleDefaults.stepDecay, Math.floor(t / every));
    }
    case 'exponential':
      return lr * Math.pow(config.decay ?? scheduleDefaults.exponentialDecay, t);
    case 'cosine':
      return (lr * (1 + Math.cos((Math.PI * t) / Math.max(1, steps)))) / 2;
  }
}

/** η_0 … η_{steps−1} precomputed, so that the optimizer loop does no schedule arithmetic. */
export function learningRates(lr: number, config: OptimizerConfig, steps: number): Float64Array | null {
  if ((config.schedule ?? 'constant') === 'constant') return null;
  const rates = new Float64Array(steps);
  for (let t = 0; t < steps; t++) rates[t] = learningRateAt(lr, config, t, steps);
  return rates;
}
