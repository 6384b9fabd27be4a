/**
 * The Bayesian updating tab: `v=1&tab=bayes&bayes.a=1&bayes.b=1&bayes.h=0&bayes.t=0&bayes.p=0.7&bayes.batch=10`
 * `&bayes.seed=1&bayes.prev=0.01&bayes.sens=0.9&bayes.spec=0.91`. The counts of heads and tails are part of
 * the link, so a shared link shows the same posterior.
 */
import { betaShapeProblem, probabilityProblem } from '../../../core';
import { defineView, integer, number, seed, type ViewOf } from '../../view';

export const MAX_COUNT = 1e9;
export const MAX_BATCH = 100_000;

// min, max and step are the sliders' range; what is accepted is the check's (a shape above 20 is fine).
const shape = (key: string, label: string, d: number) =>
  number({ key, default: d, label, min: 0.1, max: 20, step: 0.1, check: (v) => betaShapeProblem(label, v) });
const probability = (key: string, label: string, d: number, max = 1, step = 0.01) =>
  number({ key, default: d, label, min: 0, max, step, check: (v) => probabilityProblem(label, v) });
const count = (key: string) =>
  integer({
    key,
    default: 0,
    min: 0,
    max: MAX_COUNT,
    message: 'counts must be whole numbers from 0 to 10^9',
  });

const fields = {
  alpha: shape('a', 'prior alpha', 1),
  beta: shape('b', 'prior beta', 1),
  heads: count('h'),
  tails: count('t'),
  /** The coin's true P(heads) for Flip. */
  p: probability('p', 'true p', 0.7),
  batch: integer({
    default: 10,
    label: 'batch size',
    min: 1,
    max: MAX_BATCH,
    message: 'batch size must be a whole number from 1 to 100000',
  }),
  seed: seed({ default: 1 }),
  prevalence: probability('prev', 'prevalence', 0.01, 0.5, 0.001),
  sensitivity: probability('sens', 'sensitivity', 0.9),
  specificity: probability('spec', 'specificity', 0.91),
};

export const bayesView = defineView({ path: '/probability', tab: 'bayes', prefix: 'bayes.', fields });
export type BayesView = ViewOf<typeof fields>;
