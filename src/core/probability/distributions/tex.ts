// Formatting numbers into the KaTeX formulas of the parameter panel.

/**
 * A parameter value as TeX: at most 4 significant digits without trailing zeros, and very large or
 * small magnitudes as m \times 10^{e}. Safe as an exponent or an argument; see {@link base} for
 * positions where an operator could bind to part of it.
 */
export function num(v: number): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const a = Math.abs(v);
  if (a === 0 || (a >= 1e-4 && a < 1e6)) return String(Number(v.toPrecision(4)));
  const [mantissa, exponent] = v.toExponential(3).split('e');
  return `${Number(mantissa)}\\times 10^{${Number(exponent)}}`;
}

/** A number as a base or a leading factor: parenthesised when negative or in × 10^e form. */
export function base(v: number): string {
  const s = num(v);
  return v < 0 || s.includes('\\times') ? `\\left(${s}\\right)` : s;
}

/** `symbol − v` written the way one would by hand: "x", "x-2.5" or "x+1". */
export function shifted(symbol: string, v: number): string {
  if (v === 0) return symbol;
  return v > 0 ? `${symbol}-${num(v)}` : `${symbol}+${num(-v)}`;
}

/** `factor·rest`, dropping a factor of 1. */
export function scaled(factor: number, rest: string): string {
  return factor === 1 ? rest : `${base(factor)}${rest}`;
}

/** `symbol^{e}` with the trivial exponents simplified (e = 0 gives the empty string). */
export function power(symbol: string, exponent: number): string {
  if (exponent === 0) return '';
  return exponent === 1 ? symbol : `${symbol}^{${num(exponent)}}`;
}
