/**
 * Small readers shared by the URL codecs of the probability page's tabs (and MCMC, Entropy and KL): each never
 * throws and names what it ignored.
 */
import { parseDecimal } from './numberText';

/** A hand-edited address can be huge; the notice quotes only its start. */
export function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}

export function checkVersion(query: URLSearchParams, ignored: string[]): void {
  const v = query.get('v');
  if (v !== null && v !== '1') ignored.push(`v=${clip(v)} (unknown link version, read as version 1)`);
}

/** The number under `key`, or `fallback` (noted in `ignored`) when it is malformed or `check` refuses it. */
export function readNumber(
  query: URLSearchParams,
  key: string,
  fallback: number,
  check: (n: number) => string | null,
  ignored: string[],
): number {
  const text = query.get(key);
  if (text === null) return fallback;
  const n = parseDecimal(text);
  if (n === null || check(n) !== null) {
    ignored.push(`${key}=${clip(text)}`);
    return fallback;
  }
  return n;
}

/** One of `choices` under `key`, or `fallback` (noted) for anything else. */
export function readChoice<T extends string>(
  query: URLSearchParams,
  key: string,
  choices: readonly T[],
  fallback: T,
  ignored: string[],
): T {
  const text = query.get(key);
  if (text === null) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  ignored.push(`${key}=${clip(text)}`);
  return fallback;
}
