/**
 * The data sets of the neural-network page: points x (row-major n × 2, in about [−6, 6]²),
 * targets y (class indices, or real values for regression) and a seeded train/test split.
 */
import { createRng, type Rng } from '../probability/rng';
import { blobs, circle, spiral, twoGaussians, xor } from './classification';
import { absolute, bumps, plane, sine, step, typedCurve, type RegressionWriter } from './regression';

export type DatasetName =
  'circle' | 'xor' | 'gaussians' | 'spiral' | 'blobs' | 'sine' | 'step' | 'abs' | 'curve' | 'plane' | 'bumps';

export const DATASET_NAMES: readonly DatasetName[] = [
  'circle',
  'xor',
  'gaussians',
  'spiral',
  'blobs',
  'sine',
  'step',
  'abs',
  'curve',
  'plane',
  'bumps',
];

export const datasetLabels: Record<DatasetName, string> = {
  circle: 'circle',
  xor: 'XOR',
  gaussians: 'two Gaussians',
  spiral: 'spiral',
  blobs: 'Gaussian blobs (K classes)',
  sine: 'y = sin x',
  step: 'y = step(x)',
  abs: 'y = |x|',
  curve: 'y = f(x), typed',
  plane: 'plane',
  bumps: 'Gaussian bumps',
};

export type DatasetTask = 'classification' | 'regression';

export interface DatasetOptions {
  name: DatasetName;
  /** Number of points (1 … MAX_DATASET_POINTS). */
  n: number;
  /** Classification: sd of the point jitter is 2·noise; regression: sd of the target noise is noise. */
  noise: number;
  seed: number;
  /** Share of the points used for training, in [0, 1]. */
  trainFraction: number;
  /** Number of blobs for 'blobs', 3 … 5 (default 3). */
  classes?: number;
  /** f(x) for 'curve', in the expression grammar. */
  f?: string;
}

export interface Dataset {
  task: DatasetTask;
  /** 1-D regression: the input is x₁ (x₂ = 0). */
  oneD: boolean;
  /** Number of classes (0 for regression). */
  classes: number;
  n: number;
  /** Row-major n × 2. */
  x: Float64Array;
  /** Class indices 0 … classes − 1, or real targets. */
  y: Float64Array;
  /** Row indices of the training and test points (disjoint, together every row). */
  train: Int32Array;
  test: Int32Array;
}

export const MAX_DATASET_POINTS = 2000;

export function datasetTask(name: DatasetName): DatasetTask {
  return DATASET_NAMES.indexOf(name) < 5 ? 'classification' : 'regression';
}

/**
 * A seeded permutation of 0 … n − 1 cut into train (the first round(fraction·n)) and test. With
 * 0 < fraction < 1 and n ≥ 2, each side gets at least one row.
 */
export function splitTrainTest(
  n: number,
  fraction: number,
  seed: number,
): { train: Int32Array; test: Int32Array } {
  const order = Int32Array.from({ length: n }, (_, k) => k);
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  const f = Math.min(1, Math.max(0, fraction));
  let m = Math.round(f * n);
  if (n >= 2 && f > 0 && f < 1) m = Math.min(n - 1, Math.max(1, m));
  return { train: order.slice(0, m).sort(), test: order.slice(m).sort() };
}

type Writer = (x: Float64Array, y: Float64Array, n: number, noise: number, rng: Rng) => void;

/** Why these options give no data set, in words, or null. */
function optionsProblem(o: DatasetOptions): string | null {
  if (!DATASET_NAMES.includes(o.name)) return `unknown data set "${String(o.name)}"`;
  if (!Number.isInteger(o.n) || o.n < 1 || o.n > MAX_DATASET_POINTS) {
    return `the number of points must be a whole number from 1 to ${MAX_DATASET_POINTS}`;
  }
  if (!(o.noise >= 0 && o.noise <= 10)) return 'noise must be a number from 0 to 10';
  if (!(o.trainFraction >= 0 && o.trainFraction <= 1)) return 'the training fraction must be between 0 and 1';
  if (!Number.isFinite(o.seed)) return 'the seed must be a number';
  if (
    o.name === 'blobs' &&
    o.classes !== undefined &&
    !(Number.isInteger(o.classes) && o.classes >= 3 && o.classes <= 5)
  ) {
    return 'the number of blobs must be 3, 4 or 5';
  }
  return null;
}

/**
 * The data set `options` describe, or { error } with a message (bad options, a typed f that does
 * not parse or is not real on [−6, 6]). Same options, same points; the split has its own stream,
 * so changing the training fraction does not move the points.
 */
export function makeDataset(options: DatasetOptions): Dataset | { error: string } {
  const problem = optionsProblem(options);
  if (problem) return { error: problem };
  const { name, n, noise, seed } = options;
  const task = datasetTask(name);
  let classes = task === 'classification' ? 2 : 0;
  let write: Writer | RegressionWriter;
  switch (name) {
    case 'circle':
      write = circle;
      break;
    case 'xor':
      write = xor;
      break;
    case 'gaussians':
      write = twoGaussians;
      break;
    case 'spiral':
      write = spiral;
      break;
    case 'blobs':
      classes = options.classes ?? 3;
      write = blobs(classes);
      break;
    case 'sine':
      write = sine;
      break;
    case 'step':
      write = step;
      break;
    case 'abs':
      write = absolute;
      break;
    case 'curve': {
      const typed = typedCurve(options.f ?? '');
      if ('error' in typed) return { error: typed.error };
      write = typed.writer;
      break;
    }
    case 'plane':
      write = plane;
      break;
    default:
      write = bumps;
  }
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  write(x, y, n, noise, createRng(seed));
  const bad = y.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return { error: `f(x) is not a real number at x = ${Number(x[2 * bad].toPrecision(4))}` };
  // A different stream for the split: seed + a fixed odd offset.
  const { train, test } = splitTrainTest(n, options.trainFraction, seed + 0x9e3779b1);
  const oneD = name === 'sine' || name === 'step' || name === 'abs' || name === 'curve';
  return { task, oneD, classes, n, x, y, train, test };
}
