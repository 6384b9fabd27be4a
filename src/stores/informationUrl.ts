/**
 * The Entropy and KL tab as a URL query, format version 1:
 * `v=1&tab=information&ent.p=0.1,0.2,…&kl.p=…&kl.q=…&kl.pmean=0&kl.psd=1&kl.qmean=1&kl.qsd=2`.
 * Distributions are comma-separated probabilities at full precision. Decoding never throws: a list that
 * is malformed or not a distribution (negative entry, sum ≠ 1) falls back to its default and is named in
 * `ignored`.
 */
import { checkDistribution } from '../core';
import { formatExact, parseDecimal } from './numberText';
import { checkVersion, clip, readNumber } from './urlFields';

export interface NormalView {
  mean: number;
  sd: number;
}

export interface InformationView {
  /** The distribution of the entropy section. */
  entropy: number[];
  p: number[];
  q: number[];
  normalP: NormalView;
  normalQ: NormalView;
}

export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 12;

export const DEFAULT_INFORMATION_VIEW: InformationView = {
  entropy: [0.05, 0.1, 0.15, 0.2, 0.25, 0.25],
  // A peaked P against a flat Q: KL(P‖Q) ≈ 0.59 bits but KL(Q‖P) ≈ 0.79 bits, so the asymmetry shows at once.
  p: [0.4, 0.3, 0.15, 0.1, 0.04, 0.01],
  q: [0.15, 0.15, 0.2, 0.2, 0.15, 0.15],
  normalP: { mean: 0, sd: 1 },
  normalQ: { mean: 1, sd: 2 },
};

export const validMean = (v: number): string | null =>
  Math.abs(v) <= 100 ? null : 'the mean must be between −100 and 100';
export const validSd = (v: number): string | null =>
  v > 0 && v <= 100 ? null : 'the sd must be above 0 and at most 100';

/** Why a list is not a distribution of 2 to 12 outcomes, or null. */
export function distributionProblem(p: number[]): string | null {
  if (p.length < MIN_OUTCOMES || p.length > MAX_OUTCOMES)
    return `between ${MIN_OUTCOMES} and ${MAX_OUTCOMES} outcomes`;
  try {
    checkDistribution(p, 'the list');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const encodeList = (p: number[]) => p.map(formatExact).join(',');

export function encodeInformationView(view: InformationView): string {
  const q = new URLSearchParams();
  q.set('v', '1');
  q.set('tab', 'information');
  q.set('ent.p', encodeList(view.entropy));
  q.set('kl.p', encodeList(view.p));
  q.set('kl.q', encodeList(view.q));
  q.set('kl.pmean', formatExact(view.normalP.mean));
  q.set('kl.psd', formatExact(view.normalP.sd));
  q.set('kl.qmean', formatExact(view.normalQ.mean));
  q.set('kl.qsd', formatExact(view.normalQ.sd));
  return q.toString();
}

function readList(query: URLSearchParams, key: string, fallback: number[], ignored: string[]): number[] {
  const text = query.get(key);
  if (text === null) return fallback;
  const items = text.length > 600 ? [] : text.split(',').map(parseDecimal);
  const values = items.filter((v): v is number => v !== null);
  const problem =
    items.length === 0 || values.length !== items.length
      ? 'not a list of numbers'
      : distributionProblem(values);
  if (problem === null) return values;
  ignored.push(`${key}=${clip(text)} (${problem})`);
  return fallback;
}

export function decodeInformationView(query: URLSearchParams): { view: InformationView; ignored: string[] } {
  const ignored: string[] = [];
  checkVersion(query, ignored);
  const d = DEFAULT_INFORMATION_VIEW;
  let p = readList(query, 'kl.p', d.p, ignored);
  let q = readList(query, 'kl.q', d.q, ignored);
  if (p.length !== q.length) {
    ignored.push(`kl.p and kl.q (they have ${p.length} and ${q.length} outcomes; both must have the same)`);
    p = d.p;
    q = d.q;
  }
  return {
    view: {
      entropy: readList(query, 'ent.p', d.entropy, ignored),
      p,
      q,
      normalP: {
        mean: readNumber(query, 'kl.pmean', d.normalP.mean, validMean, ignored),
        sd: readNumber(query, 'kl.psd', d.normalP.sd, validSd, ignored),
      },
      normalQ: {
        mean: readNumber(query, 'kl.qmean', d.normalQ.mean, validMean, ignored),
        sd: readNumber(query, 'kl.qsd', d.normalQ.sd, validSd, ignored),
      },
    },
    ignored,
  };
}
