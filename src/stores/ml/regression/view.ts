/**
 * The Regression tab of the Machine learning page, format version 1:
 * `#/machine-learning?v=1&tab=regression&reg.data=line&reg.n=20&reg.noise=0.5&reg.seed=1&reg.deg=1&reg.std=0`
 * `&reg.method=normal&reg.ridge=0&reg.lasso=0.01&reg.pts=x,y,0;…`; the Logistic method's classes are
 * `reg.cls=blobs|separable|own&reg.cpts=x1,x2,label;…&reg.l2=0.01&reg.llr=1`. A generated set is fixed by its seed;
 * the student's own points (data=own) are in the address themselves.
 */
import { choice, defineView, flag, integer, number, seed, type ViewOf } from '../../view';
import { userPoints } from '../nn/fields';

export const REG_SOURCES = ['line', 'sine', 'outliers', 'own'] as const;
export type RegSource = (typeof REG_SOURCES)[number];
export const REG_METHODS = ['normal', 'gd', 'ridge', 'lasso', 'bayes', 'logistic'] as const;
export type RegMethod = (typeof REG_METHODS)[number];
export const REG_METHOD_NAMES: Record<RegMethod, string> = {
  normal: 'Normal equations',
  gd: 'Gradient descent',
  ridge: 'Ridge',
  lasso: 'Lasso',
  bayes: 'Bayesian',
  logistic: 'Logistic',
};
/** The Logistic method's two-class 2-D data: overlapping blobs, a separable set, or the student's own. */
export const CLASS_SOURCES = ['blobs', 'separable', 'own'] as const;
export type ClassSource = (typeof CLASS_SOURCES)[number];
export const TEST_SOURCES = ['same', 'line', 'sine', 'outliers', 'none'] as const;
export const MAX_DEGREE = 12;
export const MAX_GENERATED = 1000;

const strength = (label: string) =>
  number({
    default: label === 'ridge λ' ? 1 : 0.05,
    label,
    step: 0.01,
    check: (v) => (Number.isFinite(v) && v >= 0 && v <= 1e6 ? null : `${label} must be between 0 and 10^6`),
  });

const precision = (label: string, value: number) =>
  number({
    default: value,
    label,
    step: 0.1,
    check: (v) =>
      Number.isFinite(v) && v > 0 && v <= 1e6 ? null : `${label} must be above 0 and at most 10^6`,
  });

const fields = {
  data: choice(REG_SOURCES, { default: 'line', label: 'data' }),
  n: integer({ default: 20, label: 'points', min: 1, max: MAX_GENERATED }),
  noise: number({ default: 0.5, label: 'noise', min: 0, max: 3, step: 0.05 }),
  seed: seed({ default: 1 }),
  /**
   * The generator of the held-out test set: `same` follows `data` (none for own points); editing a
   * generated set keeps its generator here, loading a CSV sets none.
   */
  test: choice(TEST_SOURCES, { key: 'test', default: 'same', label: 'test set' }),
  /** The student's own points (data=own): x1 is x, x2 is y. */
  points: userPoints({ key: 'pts' }),
  degree: integer({ key: 'deg', default: 1, label: 'degree', min: 0, max: MAX_DEGREE }),
  standardize: flag({ key: 'std', default: false, label: 'standardize' }),
  method: choice(REG_METHODS, { default: 'normal', label: 'method' }),
  ridge: strength('ridge λ'),
  lasso: strength('lasso λ'),
  /** Gradient descent on the line's MSE (degree 1). */
  lr: number({
    default: 0.1,
    label: 'learning rate',
    step: 0.01,
    check: (v) =>
      Number.isFinite(v) && v > 0 && v <= 10 ? null : 'learning rate must be above 0 and at most 10',
  }),
  alpha: precision('prior precision α', 1),
  beta: precision('noise precision β', 4),
  /** Bayesian: the posterior from the first `upto` points only (0: all of them), to watch it tighten. */
  upto: integer({ default: 0, label: 'points used', min: 0, max: 2000 }),
  steps: integer({ default: 50, label: 'steps', min: 1, max: 5000 }),
  sgd: flag({ default: false, label: 'stochastic (mini-batch)' }),
  batch: integer({ default: 4, label: 'batch size', min: 1, max: MAX_GENERATED }),
  /** Logistic: its data (two classes in 2-D), own points (x1, x2, label 0/1), L2 strength and GD step. */
  cls: choice(CLASS_SOURCES, { default: 'blobs', label: 'classes' }),
  cpoints: userPoints({ key: 'cpts' }),
  l2: number({
    default: 0.01,
    label: 'L2 strength',
    step: 0.01,
    check: (v) => (Number.isFinite(v) && v >= 0 && v <= 100 ? null : 'L2 strength must be between 0 and 100'),
  }),
  llr: number({
    default: 1,
    label: 'learning rate (logistic)',
    step: 0.1,
    check: (v) =>
      Number.isFinite(v) && v > 0 && v <= 100
        ? null
        : 'learning rate (logistic) must be above 0 and at most 100',
  }),
};

export const regView = defineView({
  path: '/machine-learning',
  tab: 'regression',
  writeTab: true,
  prefix: 'reg.',
  fields,
});
export type RegView = ViewOf<typeof fields>;
