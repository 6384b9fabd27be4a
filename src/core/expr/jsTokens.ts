/**
 * The whitelist the generated JavaScript must satisfy before it reaches `new Function`:
 * every token is a plain numeral, a register `t<n>`, a kernel parameter or loop variable, one of
 * three keywords, an operator or bracket, or `Math.<name>` of a whitelisted function.
 */
import { MATH_FUNCTIONS } from './ir';
import { GRID_PARAMS, POINT_PARAMS } from './jsEmit';

const NAMES = new Set<string>([
  ...POINT_PARAMS,
  ...GRID_PARAMS,
  'i',
  'j',
  'k',
  'const',
  'let',
  'for',
  'return',
]);
const MATH_MEMBERS = new Set<string>([...MATH_FUNCTIONS, 'pow']);
const PUNCTUATORS = ['++', '(', ')', '{', '}', '[', ']', ';', ',', '.', '=', '<', '+', '-', '*', '/'];
const TOKEN = /\s*(?:([A-Za-z_$][\w$]*)|(\d+(?:\.\d+)?(?:e[+-]\d+)?)|(\+\+|[(){}[\];,.=<+\-*/]))/y;

/** Splits JavaScript source into identifier, number and punctuator tokens; null if any other text occurs. */
export function jsTokens(src: string): string[] | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) return null;
    tokens.push(m[1] ?? m[2] ?? m[3]);
  }
  return tokens;
}

/** True when every token of `src` is whitelisted and `.` appears only in `Math.<whitelisted>`. */
export function isWhitelistedSource(src: string): boolean {
  const tokens = jsTokens(src);
  if (tokens === null) return false;
  return tokens.every((t, n) => {
    if (t === 'Math') return tokens[n + 1] === '.';
    if (t === '.') return tokens[n - 1] === 'Math' && MATH_MEMBERS.has(tokens[n + 1] ?? '');
    if (tokens[n - 1] === '.') return MATH_MEMBERS.has(t);
    if (/^[A-Za-z_$]/.test(t)) return NAMES.has(t) || /^t\d+$/.test(t);
    return /^\d/.test(t) || PUNCTUATORS.includes(t);
  });
}
