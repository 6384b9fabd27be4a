/** Training for a fixed number of epochs (issue 13's mlpTrain), on top of the incremental trainer. */
import type { LearningRateSchedule } from './schedule';
import { createMlpTrainer } from './trainer';
import type { Mlp, NnOptimizerName } from './types';

export interface MlpTrainOptions extends LearningRateSchedule {
  optimizer: NnOptimizerName;
  lr: number;
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  seed: number;
  l1?: number;
  l2?: number;
  momentum?: number;
  beta1?: number;
  beta2?: number;
  alpha?: number;
  eps?: number;
}

/**
 * `epochs` epochs of mini-batch training of a copy of `net` (which is not changed): batches of
 * batchSize rows (the last one may be smaller), in order or reshuffled each epoch from `seed`,
 * one torch.optim step per batch, Adam's step count running across epochs. losses[e] is the
 * full-training-set objective (data loss + penalty) after epoch e. A diverging run stops early:
 * `losses` then ends at the last good epoch, `net` is the network after it, `stop` says why.
 */
export function mlpTrain(
  net: Mlp,
  x: Float64Array,
  y: Float64Array,
  n: number,
  opts: MlpTrainOptions,
): { net: Mlp; losses: number[]; stop: string | null } {
  const epochs = Math.max(0, Math.floor(opts.epochs) || 0);
  const trainer = createMlpTrainer(net, x, y, n, { horizon: epochs, ...opts });
  const losses: number[] = [];
  for (let e = 0; e < epochs && trainer.stopReason === null; e++) {
    const loss = trainer.epoch();
    if (trainer.stopReason === null) losses.push(loss);
  }
  return { net: trainer.snapshot(), losses, stop: trainer.stopReason };
}
