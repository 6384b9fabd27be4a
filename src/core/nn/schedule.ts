/** The learning rate of an epoch, from the calculus page's schedules (src/core/optim/schedule.ts). */
import { learningRateAt } from '../optim/schedule';
import type { ScheduleName } from '../optim/types';

export interface LearningRateSchedule {
  /** constant η; step η·γ^⌊e/stepEvery⌋; exponential η·γ^e; cosine η·(1 + cos(π e/horizon))/2. */
  schedule?: ScheduleName;
  /** γ of the step and exponential schedules. */
  decay?: number;
  /** Epochs between decays of the step schedule. */
  stepEvery?: number;
  /** Epochs over which cosine anneals to 0 (the epoch budget); it stays at 0 afterwards. */
  horizon?: number;
}

/**
 * η for the steps of epoch e = 0, 1, …: the schedules advance once per epoch, as a PyTorch
 * scheduler stepped after each epoch does, so the batch size does not change their pace.
 */
export function epochLearningRate(lr: number, s: LearningRateSchedule, epoch: number): number {
  if ((s.schedule ?? 'constant') === 'constant') return lr;
  const horizon = Math.max(1, s.horizon ?? 100);
  const e = s.schedule === 'cosine' ? Math.min(epoch, horizon) : epoch;
  return learningRateAt(lr, s, e, horizon);
}
