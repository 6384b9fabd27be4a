/**
 * Splits expression text into tokens with their source spans. Anything outside the grammar's
 * alphabet is refused here with a message aimed at the usual slip that produced it.
 */
import type { ParseError } from './types';

export type Token =
  | { type: 'num'; value: number; text: string; start: number; end: number }
  | { type: 'ident' | 'op' | '(' | ')'; text: string; start: number; end: number }
  | { type: 'end'; text: ''; start: number; end: number };

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: ParseError };

const WELL_FORMED_NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

// Hints for characters that students type when they mean something the grammar spells otherwise.
const HINTS: ReadonlyMap<string, string> = new Map([
  ['=', "'=' is not allowed: type an expression in x and y, not an equation"],
  [',', "',' is not allowed: each function takes one argument"],
  ['[', "use '(' and ')' for grouping"],
  [']', "use '(' and ')' for grouping"],
  ['{', "use '(' and ')' for grouping"],
  ['}', "use '(' and ')' for grouping"],
]);

const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || isDigit(c);

/** Tokenizes `src`; the last token is always `end` at src.length. */
export function tokenize(src: string): LexResult {
  const tokens: Token[] = [];
  const fail = (message: string, start: number, end: number): LexResult => ({
    ok: false,
    error: { message, start, end },
  });
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      const start = i;
      while (i < src.length && (isDigit(src[i]) || src[i] === '.')) i++;
      if ((src[i] === 'e' || src[i] === 'E') && /^[eE][+-]?\d/.test(src.slice(i, i + 3))) {
        i += src[i + 1] === '+' || src[i + 1] === '-' ? 2 : 1;
        while (i < src.length && isDigit(src[i])) i++;
      }
      const text = src.slice(start, i);
      // "1e", "1e+", "2E-": an exponent begun but not finished (not "2exp(x)", a missing operator).
      const open = /^[eE](?:[+-](?!\d)|(?![\w.]))/.exec(src.slice(i, i + 3));
      if (open) {
        const written = src.slice(start, i + open[0].length);
        return fail(
          `incomplete exponent in '${written}': write digits after the e, as in ${text}e5 (or ${text}*e for the number e)`,
          start,
          i + open[0].length,
        );
      }
      // "1,5": a decimal comma.
      if (src[i] === ',' && isDigit(src[i + 1] ?? '') && /^\d+$/.test(text)) {
        let j = i + 1;
        while (j < src.length && isDigit(src[j])) j++;
        const written = src.slice(start, j);
        return fail(
          `'${written}': the decimal separator is a point, not a comma; write ${written.replace(',', '.')}`,
          start,
          j,
        );
      }
      if (!WELL_FORMED_NUMBER.test(text)) return fail(`malformed number '${text}'`, start, i);
      const value = Number(text);
      if (!Number.isFinite(value)) return fail(`number '${text}' is too large`, start, i);
      tokens.push({ type: 'num', value, text, start, end: i });
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < src.length && isIdentPart(src[i])) i++;
      tokens.push({ type: 'ident', text: src.slice(start, i), start, end: i });
    } else if (c === 'π') {
      tokens.push({ type: 'ident', text: 'pi', start: i, end: ++i });
    } else if (c === '*' && src[i + 1] === '*') {
      return fail("use '^' for powers, not '**'", i, i + 2);
    } else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') {
      tokens.push({ type: 'op', text: c, start: i, end: ++i });
    } else if (c === '\u2212') {
      // The Unicode minus sign (from typeset text, or a keyboard's minus key) is the minus.
      tokens.push({ type: 'op', text: '-', start: i, end: ++i });
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c, text: c, start: i, end: ++i });
    } else {
      // A whole code point, so that an emoji is shown and underlined as one character.
      const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
      return fail(HINTS.get(ch) ?? `unexpected character '${ch}'`, i, i + ch.length);
    }
  }
  tokens.push({ type: 'end', text: '', start: src.length, end: src.length });
  return { ok: true, tokens };
}
