/**
 * The address readers every view shares: one `clip`, one `readNumber`, one version check. None throws; each
 * names what it could not use in `ignored`, which the page shows as a notice.
 */
import { parseDecimal } from '../numberText';

/** A hand-edited address can be huge; the notice quotes only its start. */
export function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 24) + '…' : s;
}

/** The link format this app writes. */
export const URL_VERSION = 1;

export function checkVersion(query: URLSearchParams, ignored: string[]): void {
  const v = query.get('v');
  if (v !== null && v !== String(URL_VERSION))
    ignored.push(`v=${clip(v)} (unknown link version, read as version 1)`);
}

/** How a refused value is named: `key=text` alone, or with the reason, `key=text (reason)`. */
export type Explain = boolean;

/**
 * The number under `key`, or `fallback` when absent; when malformed or refused by `check`, `fallback` and
 * the key is named in `ignored` (with the reason when `explain`).
 */
export function readNumber(
  query: URLSearchParams,
  key: string,
  fallback: number,
  check: (n: number) => string | null,
  ignored: string[],
  explain: Explain = false,
): number {
  const text = query.get(key);
  if (text === null) return fallback;
  const n = parseDecimal(text);
  const problem = n === null ? 'not a number' : check(n);
  if (problem === null && n !== null) return n;
  ignored.push(explain ? `${key}=${clip(text)} (${problem})` : `${key}=${clip(text)}`);
  return fallback;
}

/** One of `choices` under `key`, or `fallback` (named, with `reason` if given) for anything else. */
export function readChoice<T extends string>(
  query: URLSearchParams,
  key: string,
  choices: readonly T[],
  fallback: T,
  ignored: string[],
  reason?: string,
): T {
  const text = query.get(key);
  if (text === null) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  ignored.push(reason ? `${key}=${clip(text)} (${reason})` : `${key}=${clip(text)}`);
  return fallback;
}

/** "a,b,…" as exactly `n` strict decimals (any count when `n` is undefined), or null. */
export function readList(text: string, n?: number): number[] | null {
  if (text.length > 600) return null;
  const parts = text.split(',');
  if (n !== undefined && parts.length !== n) return null;
  const values = parts.map(parseDecimal);
  return values.every((v): v is number => v !== null) ? values : null;
}
