/** The incremental trainer's settings and interface (implemented in trainer.ts). */
import type { GradientComparison } from './batchNoise';
import type { OptimizerSettings } from './optimizer';
import type { LearningRateSchedule } from './schedule';
import type { Mlp, MlpLayer, NnOptimizerName } from './types';

/** What may change between epochs. */
export interface MlpTrainerSettings extends OptimizerSettings, LearningRateSchedule {
  optimizer: NnOptimizerName;
  /** Base learning rate η (the schedule scales it per epoch). */
  lr: number;
  /** Samples per step, clamped to 1 … the training rows; the last batch of an epoch may be smaller. */
  batchSize: number;
  /** Reshuffle the rows before each epoch (seeded); otherwise batches go through the rows in order. */
  shuffle?: boolean;
  l1?: number;
  l2?: number;
}

export interface MlpTrainerOptions extends MlpTrainerSettings {
  /** Seed of the shuffling. */
  seed?: number;
  /** The training rows of x and y (default all n): a train/test split needs no copy of the data. */
  rows?: ArrayLike<number>;
}

export interface MlpTrainer {
  /** The network being trained: live views on the trainer's parameters; copy with snapshot(). */
  readonly net: Mlp;
  /** Epochs and optimizer steps done so far. */
  readonly epochCount: number;
  readonly stepCount: number;
  /** The objective (training data loss + penalty) after the last epoch, or before training. */
  readonly loss: number;
  /** Why training stopped (divergence, in words), or null. Cleared by configure(). */
  readonly stopReason: string | null;
  /** η the next epoch's steps will use (after the schedule). */
  readonly learningRate: number;
  /**
   * One epoch; returns the full-training-set objective after it. If the epoch diverges, the
   * network and optimizer go back to where the epoch started, stopReason says why, and further
   * epochs do nothing until configure() is called.
   */
  epoch(): number;
  /** Up to `epochs` epochs, stopping early on divergence; returns the epochs done. */
  train(epochs: number): number;
  /** The objective of the current network on the training rows. */
  objective(): number;
  /** Mean data loss (no penalty) of the current network on some rows of x and y (e.g. the test rows). */
  dataLoss(rows: ArrayLike<number>): number;
  /**
   * Changes settings from the next epoch on. A new optimizer starts with fresh state (as a new
   * torch.optim object would); new hyperparameters of the same optimizer keep its state.
   */
  configure(changes: Partial<MlpTrainerSettings>): void;
  /** An independent copy of the current network. */
  snapshot(): Mlp;
  /** ∂objective/∂θ over the training rows at the current network (penalty included), per layer. */
  gradient(): MlpLayer[];
  /**
   * Mini-batch `batch` (0-based, of the current batch size) of the last epoch's order beside the
   * full training set: both gradients at the current network, their norms and cosine.
   */
  compareBatch(batch?: number): GradientComparison;
}
