/**
 * Training a network for the Machine learning page. The worker keeps one training session (the trainer, its
 * optimizer state and its loss history) between jobs, so Pause and Train continue where training stopped, and
 * settings that do not change the network (learning rate, L1/L2, batch size, optimizer) apply from the next
 * epoch. A new session key (other data, inputs, layers or seed) starts from the seed's initial weights.
 */
import {
  createMlpTrainer,
  initMlp,
  mapNnFeatures,
  mlpMetrics,
  MlpPredictor,
  type Mlp,
  type MlpSpec,
  type MlpTrainer,
  type MlpTrainerSettings,
  type NnFeature,
} from '../../core';
import type { JobContext } from './context';

export interface NnTrainRequest {
  /** Identifies data, inputs, architecture and seed: a new key is a new network at epoch 0. */
  session: string;
  /** Raw points, row-major n × 2, and targets (class indices or values). */
  points: Float64Array;
  y: Float64Array;
  n: number;
  train: Int32Array;
  test: Int32Array;
  task: 'classification' | 'regression';
  oneD: boolean;
  features: NnFeature[];
  spec: MlpSpec;
  seed: number;
  settings: MlpTrainerSettings;
  /** Train until this epoch (the budget, or one more for Step). */
  untilEpoch: number;
  /** Epochs per second; Infinity trains as fast as it can. */
  rate: number;
  /** Square of the plot, [−extent, extent]², and the resolutions of the picture and of the unit thumbnails. */
  extent: number;
  grid: number;
  thumbs: number;
}

export interface NnSnapshot {
  session: string;
  epoch: number;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  r2: number | null;
  testR2: number | null;
  /** confusion[t·K + p] over the test points (training points when there are none). */
  confusion: Int32Array | null;
  stopReason: string | null;
  /** Epochs done per second over the last second of this job. */
  epochsPerSecond: number;
  /** Parameters and their full-batch gradients, per layer. */
  weights: Float64Array[];
  biases: Float64Array[];
  gradWeights: Float64Array[];
  gradBiases: Float64Array[];
  /** The picture: outputs on a grid×grid lattice (row j at x2 = y_j), or along x for 1-D regression. */
  picture: Float32Array;
  /** Every non-input unit's output on a thumbs×thumbs lattice (thumbs points along x in 1-D). */
  units: Float32Array;
  /** (epoch, training loss, test loss) triples since epoch 0, thinned to at most ~1,000. */
  history: Float64Array;
}

interface Session {
  key: string;
  trainer: MlpTrainer;
  predictor: MlpPredictor;
  x: Float64Array;
  history: number[];
  settings: string;
}

let session: Session | null = null;
let stopRequested = false;

/** Asks a running training job to finish after its current epoch, returning its final snapshot. */
export function requestNnStop(): void {
  stopRequested = true;
}

/** Forgets the session, so the next job starts from initial weights (Reset). */
export function resetNnSession(): void {
  session = null;
}

const MAX_HISTORY = 1000;

function openSession(req: NnTrainRequest): Session {
  const key = req.session;
  const settings = JSON.stringify(req.settings);
  if (session && session.key === key) {
    if (session.settings !== settings) {
      session.trainer.configure(req.settings);
      session.settings = settings;
    }
    return session;
  }
  const x = mapNnFeatures(req.points, req.n, req.features);
  const net: Mlp = initMlp(req.spec, req.seed);
  const trainer = createMlpTrainer(net, x, req.y, req.n, {
    ...req.settings,
    shuffle: true,
    seed: req.seed,
    rows: req.train,
  });
  const s: Session = { key, trainer, predictor: new MlpPredictor(net), x, history: [], settings };
  record(s, req);
  session = s;
  return s;
}

function record(s: Session, req: NnTrainRequest): void {
  const t = s.trainer;
  const test = req.test.length > 0 ? t.dataLoss(req.test) : NaN;
  s.history.push(t.epochCount, t.loss, test);
  // Thin by halves: keeps the first epochs (where the curve moves most) and an even spread after.
  if (s.history.length / 3 > MAX_HISTORY) {
    const kept: number[] = [];
    for (let i = 0; i < s.history.length / 3; i++)
      if (i % 2 === 0 || i === s.history.length / 3 - 1) kept.push(...s.history.slice(3 * i, 3 * i + 3));
    s.history = kept;
  }
}

function axis(count: number, extent: number): Float64Array {
  const a = new Float64Array(count);
  for (let i = 0; i < count; i++) a[i] = -extent + (2 * extent * (i + 0.5)) / count;
  return a;
}

function snapshot(s: Session, req: NnTrainRequest, epochsPerSecond: number): NnSnapshot {
  const t = s.trainer;
  const net = t.net;
  s.predictor.load(net);
  const K = req.spec.sizes[req.spec.sizes.length - 1];
  const unitCount = req.spec.sizes.slice(1).reduce((a, b) => a + b, 0);
  const zero = new Float64Array([0]);
  const g = req.oneD ? 1 : req.grid;
  const picture = new Float32Array(req.grid * g * K);
  s.predictor.predictGrid(axis(req.grid, req.extent), req.oneD ? zero : axis(g, req.extent), picture, {
    features: req.features,
  });
  const tg = req.oneD ? 1 : req.thumbs;
  const out = new Float32Array(req.thumbs * tg * K);
  const units = new Float32Array(unitCount * req.thumbs * tg);
  s.predictor.predictGrid(axis(req.thumbs, req.extent), req.oneD ? zero : axis(tg, req.extent), out, {
    features: req.features,
    units,
  });
  const evalRows = req.test.length > 0 ? req.test : req.train;
  const trainM = mlpMetrics(net, s.x, req.y, req.n, req.train);
  const testM = req.test.length > 0 ? mlpMetrics(net, s.x, req.y, req.n, evalRows) : null;
  const grads = t.gradient();
  return {
    session: s.key,
    epoch: t.epochCount,
    trainLoss: t.loss,
    testLoss: req.test.length > 0 ? t.dataLoss(req.test) : NaN,
    trainAccuracy: trainM.accuracy,
    testAccuracy: testM?.accuracy ?? null,
    r2: trainM.r2,
    testR2: testM?.r2 ?? null,
    confusion: (testM ?? trainM).confusion,
    stopReason: t.stopReason,
    epochsPerSecond,
    weights: net.layers.map((l) => Float64Array.from(l.weights)),
    biases: net.layers.map((l) => Float64Array.from(l.biases)),
    gradWeights: grads.map((l) => Float64Array.from(l.weights)),
    gradBiases: grads.map((l) => Float64Array.from(l.biases)),
    picture,
    units,
    history: Float64Array.from(s.history),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Trains until `untilEpoch`, a stop request, divergence or a cancel, sending a snapshot at most every
 * ~40 ms (the picture is redrawn at 25 frames a second at full speed).
 */
export async function nnTrainJob(req: NnTrainRequest, ctx: JobContext): Promise<NnSnapshot> {
  stopRequested = false;
  const s = openSession(req);
  const t = s.trainer;
  const started = performance.now();
  const done: { at: number; epoch: number }[] = [{ at: started, epoch: t.epochCount }];
  const rate = () => {
    const now = performance.now();
    while (done.length > 2 && now - done[1].at > 1000) done.shift();
    const first = done[0];
    const last = done[done.length - 1];
    return last.at > first.at ? ((last.epoch - first.epoch) * 1000) / (last.at - first.at) : 0;
  };
  ctx.progress(() => snapshot(s, req, 0));
  let nextEpochAt = started;
  while (t.epochCount < req.untilEpoch && !t.stopReason && !stopRequested) {
    if (Number.isFinite(req.rate)) {
      const wait = nextEpochAt - performance.now();
      if (wait > 0) await sleep(Math.min(wait, 50));
      if (performance.now() < nextEpochAt) {
        await ctx.checkpoint();
        continue;
      }
      nextEpochAt += 1000 / req.rate;
      t.epoch();
    } else {
      // A few milliseconds of epochs, then a look at the mailbox: a cancel or a stop lands within one slice.
      const until = performance.now() + 8;
      do t.epoch();
      while (performance.now() < until && t.epochCount < req.untilEpoch && !t.stopReason);
    }
    record(s, req);
    done.push({ at: performance.now(), epoch: t.epochCount });
    const eps = rate();
    ctx.progress(() => snapshot(s, req, eps));
    await ctx.checkpoint();
  }
  return snapshot(s, req, rate());
}
