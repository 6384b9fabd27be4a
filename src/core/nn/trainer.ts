/**
 * An incremental trainer: mini-batch gradient descent one epoch at a time, its optimizer state and
 * step count kept across calls, its settings changeable between epochs. mlpTrain is built on it.
 */
import { createRng, type FastRng } from '../probability/rng';
import { compareBatchGradient, type GradientComparison } from './batchNoise';
import type { MlpTrainer, MlpTrainerOptions, MlpTrainerSettings } from './trainerTypes';
import { trainingDivergence } from './diagnose';
import { cloneMlp, copySpec, mlpOnBuffer, packParams } from './mlp';
import { OptimizerState, resolveOptimizerSettings } from './optimizer';
import { MlpPlan } from './plan';
import { epochLearningRate } from './schedule';
import type { Mlp, MlpLayer } from './types';
import { Workspace, accumulateBatch, meanLoss, penalty } from './workspace';

class Trainer implements MlpTrainer {
  readonly net: Mlp;
  epochCount = 0;
  stepCount = 0;
  loss: number;
  stopReason: string | null = null;
  private readonly plan: MlpPlan;
  private readonly ws: Workspace;
  private readonly params: Float64Array;
  private readonly grads: Float64Array;
  private readonly backup: Float64Array;
  private readonly order: Int32Array;
  private readonly rng: FastRng;
  private readonly start: number;
  private settings: MlpTrainerSettings;
  private opt: OptimizerState;
  private optBackup: OptimizerState;

  constructor(
    net: Mlp,
    private readonly x: ArrayLike<number>,
    private readonly y: ArrayLike<number>,
    n: number,
    options: MlpTrainerOptions,
  ) {
    this.plan = new MlpPlan(net.spec);
    this.ws = new Workspace(this.plan);
    this.params = new Float64Array(this.plan.paramCount);
    packParams(net, this.plan, this.params);
    this.grads = new Float64Array(this.plan.paramCount);
    this.backup = new Float64Array(this.plan.paramCount);
    this.net = mlpOnBuffer(copySpec(net.spec), this.plan, this.params);
    this.order = options.rows ? Int32Array.from(options.rows) : Int32Array.from({ length: n }, (_, k) => k);
    const bad = this.order.findIndex((r) => !(r >= 0 && r < n));
    if (bad >= 0) throw new RangeError(`training row ${this.order[bad]} is outside 0 … ${n - 1}`);
    this.rng = createRng(options.seed ?? 0);
    this.settings = { ...options };
    this.opt = this.newOptimizer();
    this.optBackup = this.newOptimizer();
    this.loss = this.start = this.objective();
    if (this.order.length === 0) this.stopReason = 'cannot train: there are no training points';
    else if (!Number.isFinite(this.start)) {
      this.stopReason = 'cannot train: the training loss is not a finite number at the start; check the data';
    }
  }

  private newOptimizer(): OptimizerState {
    const s = this.settings;
    return new OptimizerState(s.optimizer, this.plan.paramCount, resolveOptimizerSettings(s.optimizer, s));
  }

  get learningRate(): number {
    return epochLearningRate(this.settings.lr, this.settings, this.epochCount);
  }

  objective(): number {
    const s = this.settings;
    const data = meanLoss(this.ws, this.params, this.x, this.y, this.order, this.order.length);
    return data + penalty(this.plan, this.params, s.l1 ?? 0, s.l2 ?? 0, null);
  }

  dataLoss(rows: ArrayLike<number>): number {
    return rows.length === 0 ? NaN : meanLoss(this.ws, this.params, this.x, this.y, rows, rows.length);
  }

  epoch(): number {
    if (this.stopReason !== null) return this.loss;
    const { order, params, grads, plan, ws, x, y } = this;
    const s = this.settings;
    const m = order.length;
    const batch = Math.max(1, Math.min(m, Math.floor(s.batchSize) || 1));
    const l1 = s.l1 ?? 0;
    const l2 = s.l2 ?? 0;
    const eta = this.learningRate;
    this.backup.set(params);
    this.optBackup.copyFrom(this.opt);
    if (s.shuffle) shuffleInPlace(order, this.rng);
    let steps = 0;
    for (let start = 0; start < m; start += batch) {
      const count = Math.min(batch, m - start);
      grads.fill(0);
      accumulateBatch(ws, params, x, y, order, start, count, grads);
      penalty(plan, params, l1, l2, grads);
      this.opt.step(params, grads, eta);
      steps++;
    }
    const loss = this.objective();
    const reason = trainingDivergence(loss, this.start, this.epochCount + 1, eta);
    if (reason !== null) {
      params.set(this.backup);
      this.opt.copyFrom(this.optBackup);
      this.stopReason = reason;
      return this.loss;
    }
    this.stepCount += steps;
    this.epochCount++;
    this.loss = loss;
    return loss;
  }

  train(epochs: number): number {
    let done = 0;
    while (done < epochs && this.stopReason === null) {
      this.epoch();
      if (this.stopReason === null) done++;
    }
    return done;
  }

  configure(changes: Partial<MlpTrainerSettings>): void {
    const before = this.settings;
    this.settings = { ...before, ...changes };
    const s = this.settings;
    if (s.optimizer !== before.optimizer) {
      this.opt = this.newOptimizer();
      this.optBackup = this.newOptimizer();
    } else {
      this.opt.settings = this.optBackup.settings = resolveOptimizerSettings(s.optimizer, s);
    }
    // The objective includes the penalty, so new rates change the loss the next epoch is compared with.
    if (s.l1 !== before.l1 || s.l2 !== before.l2) this.loss = this.objective();
    if (Number.isFinite(this.loss) && this.order.length > 0) this.stopReason = null;
  }

  snapshot(): Mlp {
    return cloneMlp(this.net);
  }

  gradient(): MlpLayer[] {
    const g = new Float64Array(this.plan.paramCount);
    accumulateBatch(this.ws, this.params, this.x, this.y, this.order, 0, this.order.length, g);
    penalty(this.plan, this.params, this.settings.l1 ?? 0, this.settings.l2 ?? 0, g);
    return mlpOnBuffer(this.net.spec, this.plan, g).layers;
  }

  compareBatch(batch = 0): GradientComparison {
    const m = this.order.length;
    const size = Math.max(1, Math.min(m, Math.floor(this.settings.batchSize) || 1));
    const start = Math.min(Math.max(0, Math.floor(batch)) * size, Math.max(0, m - 1));
    const rows = this.order.subarray(start, Math.min(m, start + size));
    return compareBatchGradient(this.net, this.x, this.y, this.order, rows, this.settings);
  }
}

/** Fisher–Yates with the seeded generator: every order equally likely, reproducible from the seed. */
function shuffleInPlace(order: Int32Array, rng: FastRng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}

/**
 * A trainer of a copy of `net` (the argument is never changed) on rows of x (row-major
 * n × inputs) and y (n × outputs, or class indices for softmax).
 */
export function createMlpTrainer(
  net: Mlp,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  options: MlpTrainerOptions,
): MlpTrainer {
  return new Trainer(net, x, y, n, options);
}
