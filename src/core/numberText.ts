/**
 * Strict decimal number parsing for text fields and URLs: "1.5", "-2", "1e-3", ".5". Rejects what `Number()`
 * would quietly accept ("", "  ", "0x10", "Infinity") so that a typo never turns into a silent 0.
 */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 64 || !DECIMAL.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

/** Shortest text that parses back to exactly `v` (full double precision, no rounding). */
export function formatExact(v: number): string {
  return Object.is(v, -0) ? '0' : String(v);
}
