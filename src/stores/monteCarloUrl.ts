/**
 * The Monte Carlo tab as a URL query, format version 1:
 * `v=1&tab=montecarlo&mc.mode=pi&mc.points=100000&mc.seed=1&mc.f=exp(-x%5E2)&mc.a=0&mc.b=2`.
 * Decoding never throws; an f that does not parse falls back to the default and is named in `ignored`.
 */
import { intervalProblem, parseFunctionOfX, PI_MAX_POINTS } from '../core';
import { formatExact } from './numberText';
import { validSeed } from './probabilityUrl';
import { checkVersion, clip, readChoice, readNumber } from './urlFields';

const MC_MODES = ['pi', 'integral'] as const;
export type McMode = (typeof MC_MODES)[number];

export interface MonteCarloView {
  mode: McMode;
  points: number;
  seed: number;
  /** f(x) as typed. */
  f: string;
  a: number;
  b: number;
}

export const DEFAULT_MC_VIEW: MonteCarloView = {
  mode: 'pi',
  points: 100_000,
  seed: 1,
  f: 'exp(-x^2)',
  a: 0,
  b: 2,
};

export function validPoints(n: number): string | null {
  return Number.isInteger(n) && n >= 10 && n <= PI_MAX_POINTS
    ? null
    : 'points must be a whole number from 10 to 10^7';
}

export function encodeMonteCarloView(view: MonteCarloView): string {
  const q = new URLSearchParams();
  q.set('v', '1');
  q.set('tab', 'montecarlo');
  q.set('mc.mode', view.mode);
  q.set('mc.points', formatExact(view.points));
  q.set('mc.seed', formatExact(view.seed));
  q.set('mc.f', view.f);
  q.set('mc.a', formatExact(view.a));
  q.set('mc.b', formatExact(view.b));
  return q.toString();
}

export function decodeMonteCarloView(query: URLSearchParams): { view: MonteCarloView; ignored: string[] } {
  const ignored: string[] = [];
  checkVersion(query, ignored);
  const d = DEFAULT_MC_VIEW;
  const mode = readChoice(query, 'mc.mode', MC_MODES, d.mode, ignored);
  const points = readNumber(query, 'mc.points', d.points, validPoints, ignored);
  const seed = readNumber(query, 'mc.seed', d.seed, validSeed, ignored);
  let f = query.get('mc.f') ?? d.f;
  const parsed = parseFunctionOfX(f);
  if (!parsed.ok) {
    ignored.push(`mc.f=${clip(f)} (${parsed.error.message})`);
    f = d.f;
  }
  const any = () => null;
  let a = readNumber(query, 'mc.a', d.a, any, ignored);
  let b = readNumber(query, 'mc.b', d.b, any, ignored);
  const problem = intervalProblem(a, b);
  if (problem) {
    ignored.push(`mc.a=${formatExact(a)}, mc.b=${formatExact(b)} (${problem})`);
    [a, b] = [d.a, d.b];
  }
  return { view: { mode, points, seed, f, a, b }, ignored };
}
