/**
 * The MCMC tab: `v=1&tab=mcmc&mcmc.target=gaussian&mcmc.rho=0.8&mcmc.logp=…&mcmc.algo=mh&mcmc.scale=0.5`
 * `&mcmc.eps=0.15&mcmc.leapfrog=20&mcmc.steps=2000&mcmc.seed=1&mcmc.speed=10` (`mcmc.speed=max`: as fast as the
 * steps arrive).
 */
import {
  MAX_CHAIN_STEPS,
  MAX_EXPRESSION_LENGTH,
  parseToAst,
  TARGET_KINDS,
  type McmcAlgorithm,
} from '../../../core';
import { choice, defineView, integer, number, seed, text, type Problems, type ViewOf } from '../../view';

export const ALGORITHMS: readonly McmcAlgorithm[] = ['mh', 'hmc'];
export const MAX_STEPS_UI = MAX_CHAIN_STEPS;

/** The parser's message for the typed log-density, or null when it parses. */
export function logpProblem(t: string): string | null {
  const r = parseToAst(t);
  return r.ok ? null : r.error.message;
}

const fields = {
  target: choice(TARGET_KINDS, { default: 'gaussian', label: 'target' }),
  /** Correlation of the Gaussian target. */
  rho: number({
    default: 0.8,
    label: 'ρ',
    step: 0.01,
    check: (v) => (Math.abs(v) <= 0.995 ? null : 'ρ must be between −0.995 and 0.995'),
  }),
  /** The typed log-density, as text (it may not parse while being edited). */
  logp: text({
    default: '-x^2/4 - 2*(y - sin(2*x))^2',
    label: 'log-density',
    parse: (t) => logpProblem(t) ?? (t.length > MAX_EXPRESSION_LENGTH ? 'too long' : null),
  }),
  algorithm: choice(ALGORITHMS, { key: 'algo', default: 'mh', label: 'algorithm' }),
  scale: number({
    default: 0.5,
    label: 'proposal scale',
    check: (v) => (v > 0 && v <= 20 ? null : 'the proposal scale must be above 0 and at most 20'),
  }),
  stepSize: number({
    key: 'eps',
    default: 0.15,
    label: 'step size',
    check: (v) => (v > 0 && v <= 5 ? null : 'the step size must be above 0 and at most 5'),
  }),
  leapfrog: integer({
    default: 20,
    label: 'leapfrog steps',
    min: 1,
    max: 200,
    check: (v) =>
      !Number.isInteger(v)
        ? 'leapfrog steps must be a whole number'
        : v >= 1 && v <= 200
          ? null
          : 'leapfrog steps must be between 1 and 200',
  }),
  steps: integer({
    default: 2000,
    label: 'steps',
    min: 10,
    max: MAX_STEPS_UI,
    message: 'steps must be a whole number from 10 to 1000000',
  }),
  seed: seed({ default: 1 }),
  /** Animation speed in steps per second; Infinity replays as fast as the steps arrive. */
  speed: number({
    default: 10,
    label: 'speed',
    words: { max: Infinity },
    check: (v) =>
      v === Infinity || (v >= 0.5 && v <= 1e6) ? null : 'speed must be between 0.5 and 1000000 steps/s',
  }),
};

export const mcmcView = defineView({
  path: '/probability',
  tab: 'mcmc',
  prefix: 'mcmc.',
  fields,
  readFirst: ['logp', 'speed'],
});
export type McmcView = ViewOf<typeof fields>;

/** Every problem of a view that would stop a run, by field (settings the chosen target and algorithm do not read are not). */
export function mcmcProblems(view: McmcView): Problems<McmcView> {
  const all = mcmcView.problems(view);
  const unused: (keyof McmcView)[] = [
    ...(view.target === 'gaussian' ? [] : (['rho'] as const)),
    ...(view.target === 'custom' ? [] : (['logp'] as const)),
    ...(view.algorithm === 'mh' ? (['stepSize', 'leapfrog'] as const) : (['scale'] as const)),
    'speed',
  ];
  for (const k of unused) delete all[k];
  return all;
}
