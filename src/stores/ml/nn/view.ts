/**
 * The Neural network tab of the Machine learning page, format version 1:
 * `#/machine-learning?v=1&tab=nn&nn.data=circle&nn.n=500&nn.noise=0&nn.train=0.5&nn.seed=1&nn.in=x1,x2`
 * `&nn.layers=2&nn.units=4,4&nn.act=tanh,tanh&nn.opt=sgd&nn.lr=0.03&nn.batch=10&…`. The seed fixes the data,
 * the split, the initial weights and the shuffling, so a link reproduces the same network and, after the
 * same number of epochs, the same loss. `nn.epoch` is the epoch the training stood at when it last stopped
 * (written once it stops, not while it runs): a link or a deck scene trains the same network back to it.
 */
import {
  ACTIVATION_NAMES,
  DATASET_NAMES,
  MAX_EXPRESSION_LENGTH,
  NN_FEATURES,
  NN_OPTIMIZER_NAMES,
  parseFunctionOfX,
  type DatasetName,
} from '../../../core';
import {
  cameraField,
  choice,
  defineView,
  flag,
  integer,
  later,
  list,
  number,
  seed,
  text,
  words,
  type ViewOf,
} from '../../view';
import { MAX_POINTS, userPoints, wordList } from './fields';

export const MAX_LAYERS = 8;
export const MAX_UNITS = 32;
export const SCHEDULES = ['constant', 'step', 'exponential', 'cosine'] as const;
export const SPEEDS = ['full', 'slow', 'teaching'] as const;
export type NnSpeed = (typeof SPEEDS)[number];
/** Epochs per second at the slow speeds ('full' trains as fast as the worker can). */
export const SPEED_EPOCHS: Record<NnSpeed, number> = { full: Infinity, slow: 10, teaching: 1 };

/** The data sets offered: the generators, K = 3–5 blobs as three entries, and the student's own points. */
export const DATA_SOURCES = [
  'circle',
  'xor',
  'gaussians',
  'spiral',
  'blobs3',
  'blobs4',
  'blobs5',
  'sine',
  'step',
  'abs',
  'curve',
  'plane',
  'bumps',
  'own',
  'own-regression',
] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** The core's generator behind a source, with K for blobs; null for the student's own points. */
export function generatorOf(source: DataSource): { name: DatasetName; classes?: number } | null {
  if (source === 'own' || source === 'own-regression') return null;
  const blobs = /^blobs(\d)$/.exec(source);
  if (blobs) return { name: 'blobs', classes: Number(blobs[1]) };
  return DATASET_NAMES.includes(source as DatasetName) ? { name: source as DatasetName } : null;
}

/** The 3-D output's starting camera: azimuth, elevation (radians), zoom, pan x, pan y. */
export const NN_CAMERA_HOME: readonly number[] = [-2.2, 0.75, 1, 0, 0];

const fields = {
  data: choice(DATA_SOURCES, { default: 'circle', label: 'dataset' }),
  /** f(x) of the typed 1-D regression set. */
  f: text({
    default: 'sin(2*x) + x/3',
    label: 'f(x)',
    parse: (t) => {
      if (t.length > MAX_EXPRESSION_LENGTH) return 'too long';
      const r = parseFunctionOfX(t);
      return r.ok ? null : r.error.message;
    },
  }),
  n: integer({ default: 500, label: 'points', min: 10, max: MAX_POINTS }),
  noise: number({ default: 0, label: 'noise', min: 0, max: 1, step: 0.05 }),
  trainFraction: number({
    key: 'train',
    default: 0.5,
    label: 'training fraction',
    min: 0.1,
    max: 0.9,
    step: 0.05,
  }),
  seed: seed({ default: 1 }),
  /** The student's own points (data=own): class labels, or y values for own-regression. */
  points: userPoints({ key: 'pts' }),
  features: words(NN_FEATURES, {
    key: 'in',
    default: ['x1', 'x2'],
    label: 'input',
    // A network needs an input: an empty set falls back to x1, x2.
    after: (v) => (v.length > 0 ? v : ['x1', 'x2']),
  }),
  layers: integer({ default: 2, label: 'hidden layers', min: 0, max: MAX_LAYERS }),
  /** Units of hidden layers 1, 2, …: at least as many entries as layers (extra ones are kept for later). */
  units: list({
    default: [4, 4],
    check: (u) =>
      u.length > MAX_LAYERS
        ? `at most ${MAX_LAYERS} layers`
        : u.every((k) => Number.isInteger(k) && k >= 1 && k <= MAX_UNITS)
          ? null
          : `units must be whole numbers from 1 to ${MAX_UNITS}`,
  }),
  activations: wordList(ACTIVATION_NAMES, {
    key: 'act',
    default: ['tanh', 'tanh'],
    max: MAX_LAYERS,
    label: 'activation',
  }),
  optimizer: choice(NN_OPTIMIZER_NAMES, { key: 'opt', default: 'sgd', label: 'optimizer' }),
  lr: number({
    default: 0.03,
    label: 'learning rate',
    step: 0.01,
    check: (v) => (v > 0 && v <= 10 ? null : 'learning rate must be above 0 and at most 10'),
  }),
  schedule: choice(SCHEDULES, { default: 'constant', label: 'schedule' }),
  batch: integer({ default: 10, label: 'batch size', min: 1, max: MAX_POINTS }),
  l1: number({ default: 0, label: 'L1', min: 0, max: 1, step: 0.001 }),
  l2: number({ default: 0, label: 'L2', min: 0, max: 1, step: 0.001 }),
  budget: integer({ default: 10_000, label: 'epochs budget', min: 1, max: 1_000_000 }),
  speed: choice(SPEEDS, { default: 'full', label: 'speed' }),
  /** The output surface in 3-D beside the heat map (display only: it never restarts training). */
  surface3d: flag({ key: '3d', default: false, label: '3-D view of the output', omit: (v) => !v }),
  /** The 3-D output's camera (azimuth, elevation, zoom, pan), written once the student stops turning it. */
  cam: cameraField(NN_CAMERA_HOME, { elevation: 1.55, zoom: [0.5, 4], pan: 0.5 }),
  /** The epoch reached when training last stopped (0: the initial network, not written). */
  epoch: later(integer({ default: 0, label: 'epoch', min: 0, max: 1_000_000, omit: (v) => v === 0 })),
};

export const nnView = defineView({
  path: '/machine-learning',
  tab: 'nn',
  defaultTab: true,
  writeTab: true,
  prefix: 'nn.',
  fields,
});
export type NnView = ViewOf<typeof fields>;

/**
 * The units and activation of each of the view's hidden layers (a layer added later copies the last one). An
 * out-of-range count (50 layers, 0 units) is clamped here, so the diagram stays drawable while the field
 * shows its message and training waits for a valid value.
 */
export function hiddenLayers(view: NnView): { units: number; activation: NnView['activations'][number] }[] {
  const clamp = (v: number, hi: number, lo: number) =>
    Math.max(lo, Math.min(hi, Math.round(Number.isFinite(v) ? v : lo)));
  return Array.from({ length: clamp(view.layers, MAX_LAYERS, 0) }, (_, i) => ({
    units: clamp(view.units[i] ?? view.units[view.units.length - 1] ?? 4, MAX_UNITS, 1),
    activation: view.activations[i] ?? view.activations[view.activations.length - 1] ?? 'tanh',
  }));
}

/** The units typed for hidden layer i (1-based in the UI), unclamped, for its field. */
export const typedUnits = (view: NnView, i: number): number =>
  view.units[i] ?? view.units[view.units.length - 1] ?? 4;
