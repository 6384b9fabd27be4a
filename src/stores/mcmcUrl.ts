/**
 * The MCMC tab as a URL query, format version 1:
 * `v=1&tab=mcmc&mcmc.target=gaussian&mcmc.rho=0.8&mcmc.logp=…&mcmc.algo=mh&mcmc.scale=0.5&mcmc.eps=0.15
 * &mcmc.leapfrog=20&mcmc.steps=2000&mcmc.seed=1&mcmc.speed=10`. Every key but `v` and `tab` is prefixed
 * `mcmc.`. Decoding never throws: invalid values fall back to defaults and are named in `ignored`.
 */
import {
  MAX_CHAIN_STEPS,
  MAX_EXPRESSION_LENGTH,
  parseToAst,
  TARGET_KINDS,
  type McmcAlgorithm,
  type TargetKind,
} from '../core';
import { formatExact } from './numberText';
import { validSeed } from './probabilityUrl';
import { checkVersion, clip, readChoice, readNumber } from './urlFields';

export interface McmcView {
  target: TargetKind;
  /** Correlation of the Gaussian target. */
  rho: number;
  /** The typed log-density, as text (it may not parse while being edited). */
  logp: string;
  algorithm: McmcAlgorithm;
  scale: number;
  stepSize: number;
  leapfrog: number;
  steps: number;
  seed: number;
  /** Animation speed in steps per second; Infinity replays as fast as the steps arrive. */
  speed: number;
}

export const DEFAULT_MCMC_VIEW: McmcView = {
  target: 'gaussian',
  rho: 0.8,
  logp: '-x^2/4 - 2*(y - sin(2*x))^2',
  algorithm: 'mh',
  scale: 0.5,
  stepSize: 0.15,
  leapfrog: 20,
  steps: 2000,
  seed: 1,
  speed: 10,
};

export const ALGORITHMS: readonly McmcAlgorithm[] = ['mh', 'hmc'];
export const MAX_STEPS_UI = MAX_CHAIN_STEPS;

const range = (name: string, lo: number, hi: number) => (v: number) =>
  v >= lo && v <= hi ? null : `${name} must be between ${lo} and ${hi}`;

export const validRho = (v: number): string | null =>
  Math.abs(v) <= 0.995 ? null : 'ρ must be between −0.995 and 0.995';
export const validScale = (v: number): string | null =>
  v > 0 && v <= 20 ? null : 'the proposal scale must be above 0 and at most 20';
export const validStepSize = (v: number): string | null =>
  v > 0 && v <= 5 ? null : 'the step size must be above 0 and at most 5';
export const validLeapfrog = (v: number): string | null =>
  Number.isInteger(v) ? range('leapfrog steps', 1, 200)(v) : 'leapfrog steps must be a whole number';
export const validSteps = (v: number): string | null =>
  Number.isInteger(v) && v >= 10 && v <= MAX_STEPS_UI
    ? null
    : 'steps must be a whole number from 10 to 1000000';
export const validSpeed = (v: number): string | null =>
  v === Infinity || (v >= 0.5 && v <= 1e6) ? null : 'speed must be between 0.5 and 1000000 steps/s';

/** The parser's message for the typed log-density, or null when it parses. */
export function logpProblem(text: string): string | null {
  const r = parseToAst(text);
  return r.ok ? null : r.error.message;
}

export function encodeMcmcView(view: McmcView): string {
  const q = new URLSearchParams();
  q.set('v', '1');
  q.set('tab', 'mcmc');
  q.set('mcmc.target', view.target);
  q.set('mcmc.rho', formatExact(view.rho));
  q.set('mcmc.logp', view.logp);
  q.set('mcmc.algo', view.algorithm);
  q.set('mcmc.scale', formatExact(view.scale));
  q.set('mcmc.eps', formatExact(view.stepSize));
  q.set('mcmc.leapfrog', formatExact(view.leapfrog));
  q.set('mcmc.steps', formatExact(view.steps));
  q.set('mcmc.seed', formatExact(view.seed));
  q.set('mcmc.speed', view.speed === Infinity ? 'max' : formatExact(view.speed));
  return q.toString();
}

export function decodeMcmcView(query: URLSearchParams): { view: McmcView; ignored: string[] } {
  const ignored: string[] = [];
  checkVersion(query, ignored);
  const d = DEFAULT_MCMC_VIEW;
  let logp = query.get('mcmc.logp') ?? d.logp;
  if (logp.length > MAX_EXPRESSION_LENGTH || logpProblem(logp) !== null) {
    ignored.push(`mcmc.logp=${clip(logp)} (${logpProblem(logp) ?? 'too long'})`);
    logp = d.logp;
  }
  const speedText = query.get('mcmc.speed');
  const speed =
    speedText === 'max' ? Infinity : readNumber(query, 'mcmc.speed', d.speed, validSpeed, ignored);
  return {
    view: {
      target: readChoice(query, 'mcmc.target', TARGET_KINDS, d.target, ignored),
      rho: readNumber(query, 'mcmc.rho', d.rho, validRho, ignored),
      logp,
      algorithm: readChoice(query, 'mcmc.algo', ALGORITHMS, d.algorithm, ignored),
      scale: readNumber(query, 'mcmc.scale', d.scale, validScale, ignored),
      stepSize: readNumber(query, 'mcmc.eps', d.stepSize, validStepSize, ignored),
      leapfrog: readNumber(query, 'mcmc.leapfrog', d.leapfrog, validLeapfrog, ignored),
      steps: readNumber(query, 'mcmc.steps', d.steps, validSteps, ignored),
      seed: readNumber(query, 'mcmc.seed', d.seed, validSeed, ignored),
      speed,
    },
    ignored,
  };
}

/** Every problem of a view that would stop a run, by field. */
export function mcmcProblems(view: McmcView): Partial<Record<keyof McmcView, string>> {
  const out: Partial<Record<keyof McmcView, string>> = {};
  const put = (k: keyof McmcView, msg: string | null) => {
    if (msg) out[k] = msg;
  };
  if (view.target === 'gaussian') put('rho', validRho(view.rho));
  if (view.target === 'custom') put('logp', logpProblem(view.logp));
  if (view.algorithm === 'mh') put('scale', validScale(view.scale));
  else {
    put('stepSize', validStepSize(view.stepSize));
    put('leapfrog', validLeapfrog(view.leapfrog));
  }
  put('steps', validSteps(view.steps));
  put('seed', validSeed(view.seed));
  return out;
}
