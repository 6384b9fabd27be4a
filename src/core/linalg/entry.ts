/**
 * What the matrix editor accepts in a cell. One grammar for typed text and for numbers that arrive
 * from elsewhere (the URL, a preset), so that every matrix reaching the core has been through it.
 */

/**
 * Largest accepted |entry|. Up to 1e15 every integer is still exact in float64 (2^53 ≈ 9.007e15),
 * and the products the core forms (3×3 determinants ~ x³, Gram sums ~ 3x², the double-shift QR's
 * H² − sH + tI) stay far below overflow (1e45 ≪ 1.8e308). 1e308 itself would overflow them.
 */
export const MAX_ENTRY_MAGNITUDE = 1e15;

// Plain decimal or scientific notation. Hex, binary and "Infinity" are refused on purpose although
// Number() would take them: a learner typing 0x10 almost certainly did not mean 16.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Unicode minus (U+2212) and en dash, which arrive from copy-pasted formulas, read as "-". */
function normalise(text: string): string {
  return text.trim().replace(/[\u2212\u2013]/g, '-');
}

/**
 * Why an entry is refused, as a sentence for the user, or null when it is acceptable.
 * Refused: blank text, text that is not a decimal number, NaN, ±Infinity, and |x| > {@link MAX_ENTRY_MAGNITUDE}.
 */
export function validateEntry(input: string | number): string | null {
  let x: number;
  if (typeof input === 'number') {
    x = input;
  } else {
    const text = normalise(input);
    if (text === '') return 'Enter a number.';
    if (/^[+-]?(?:inf|infinity|∞)$/i.test(text)) return 'Enter a finite number.';
    if (!DECIMAL.test(text)) return `"${input.trim()}" is not a number.`;
    x = Number(text);
    // "1e400" is a well-formed decimal that overflows to Infinity: it is too large, not infinite.
    if (!Number.isFinite(x)) return 'Keep entries between -1e15 and 1e15.';
  }
  if (Number.isNaN(x)) return 'Not a number.';
  if (!Number.isFinite(x)) return 'Enter a finite number.';
  if (Math.abs(x) > MAX_ENTRY_MAGNITUDE) return 'Keep entries between -1e15 and 1e15.';
  return null;
}

/** The value of an entry that {@link validateEntry} accepts, otherwise null. −0 is read as 0. */
export function parseEntry(input: string | number): number | null {
  if (validateEntry(input) !== null) return null;
  const x = typeof input === 'number' ? input : Number(normalise(input));
  return x + 0;
}
