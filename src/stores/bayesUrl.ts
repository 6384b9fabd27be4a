/**
 * The Bayesian updating tab as a URL query, format version 1:
 * `v=1&tab=bayes&bayes.a=1&bayes.b=1&bayes.h=0&bayes.t=0&bayes.p=0.7&bayes.batch=10&bayes.seed=1`
 * `&bayes.prev=0.01&bayes.sens=0.9&bayes.spec=0.91`. The counts of heads and tails are part of the
 * link, so a shared link shows the same posterior. Decoding never throws.
 */
import { betaShapeProblem, probabilityProblem } from '../core';
import { formatExact } from './numberText';
import { validSeed } from './probabilityUrl';
import { checkVersion, readNumber } from './urlFields';

export interface BayesView {
  alpha: number;
  beta: number;
  heads: number;
  tails: number;
  /** The coin's true P(heads) for Flip. */
  p: number;
  batch: number;
  seed: number;
  prevalence: number;
  sensitivity: number;
  specificity: number;
}

export const DEFAULT_BAYES_VIEW: BayesView = {
  alpha: 1,
  beta: 1,
  heads: 0,
  tails: 0,
  p: 0.7,
  batch: 10,
  seed: 1,
  prevalence: 0.01,
  sensitivity: 0.9,
  specificity: 0.91,
};

export const MAX_COUNT = 1e9;
export const MAX_BATCH = 100_000;

export function validCount(n: number): string | null {
  return Number.isInteger(n) && n >= 0 && n <= MAX_COUNT
    ? null
    : 'counts must be whole numbers from 0 to 10^9';
}

export function validBatch(n: number): string | null {
  return Number.isInteger(n) && n >= 1 && n <= MAX_BATCH
    ? null
    : 'batch size must be a whole number from 1 to 100000';
}

const KEYS: [keyof BayesView, string][] = [
  ['alpha', 'bayes.a'],
  ['beta', 'bayes.b'],
  ['heads', 'bayes.h'],
  ['tails', 'bayes.t'],
  ['p', 'bayes.p'],
  ['batch', 'bayes.batch'],
  ['seed', 'bayes.seed'],
  ['prevalence', 'bayes.prev'],
  ['sensitivity', 'bayes.sens'],
  ['specificity', 'bayes.spec'],
];

const CHECKS: Record<keyof BayesView, (v: number) => string | null> = {
  alpha: (v) => betaShapeProblem('prior alpha', v),
  beta: (v) => betaShapeProblem('prior beta', v),
  heads: validCount,
  tails: validCount,
  p: (v) => probabilityProblem('true p', v),
  batch: validBatch,
  seed: validSeed,
  prevalence: (v) => probabilityProblem('prevalence', v),
  sensitivity: (v) => probabilityProblem('sensitivity', v),
  specificity: (v) => probabilityProblem('specificity', v),
};

/** The problem with one field's value, or null (shared by the codec and the inline messages). */
export function bayesFieldProblem(field: keyof BayesView, v: number): string | null {
  return CHECKS[field](v);
}

export function encodeBayesView(view: BayesView): string {
  const q = new URLSearchParams();
  q.set('v', '1');
  q.set('tab', 'bayes');
  for (const [field, key] of KEYS) q.set(key, formatExact(view[field]));
  return q.toString();
}

export function decodeBayesView(query: URLSearchParams): { view: BayesView; ignored: string[] } {
  const ignored: string[] = [];
  checkVersion(query, ignored);
  const view = { ...DEFAULT_BAYES_VIEW };
  for (const [field, key] of KEYS)
    view[field] = readNumber(query, key, DEFAULT_BAYES_VIEW[field], CHECKS[field], ignored);
  return { view, ignored };
}
