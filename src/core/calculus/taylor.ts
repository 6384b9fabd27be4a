/** Taylor polynomials in one variable: coefficients by Taylor-mode differentiation, and their evaluation. */
import { taylorSeries } from './series';
import { checkFinite, readAst, type CalculusError } from './source';

/** Highest order offered: beyond it n! and the coefficients leave the range where a plot says anything. */
export const MAX_TAYLOR_ORDER = 30;

/**
 * The Taylor coefficients of f at x₀: [f(x₀), f′(x₀), f″(x₀)/2!, …, f⁽ⁿ⁾(x₀)/n!], exact up to rounding
 * (Taylor-mode automatic differentiation, no step size). f is an expression in x alone.
 * Returns { error } for text that does not parse, a y in f, a bad order, or a derivative that does not
 * exist at x₀ (outside f's domain, at the kink of |·|).
 */
export function taylorCoefficients(f: string, x0: number, order: number): number[] | CalculusError {
  const ast = readAst(f, 'f', true);
  if ('error' in ast) return ast;
  const bad = checkFinite(x0, 'x0');
  if (bad) return bad;
  if (!Number.isInteger(order) || order < 0 || order > MAX_TAYLOR_ORDER)
    return { error: `the order must be a whole number from 0 to ${MAX_TAYLOR_ORDER}` };
  const c = Array.from(taylorSeries(ast, x0, order));
  if (!Number.isFinite(c[0])) return { error: `f is not defined at x0 = ${x0}` };
  const k = c.findIndex((v) => !Number.isFinite(v));
  if (k >= 0) return { error: `f has no derivative of order ${k} at x0 = ${x0}` };
  return c;
}

/** The Taylor polynomial Σ cₖ (x − x₀)ᵏ at x, by Horner's rule. */
export function evaluateTaylor(coefficients: readonly number[], x0: number, x: number): number {
  const t = x - x0;
  let s = 0;
  for (let k = coefficients.length - 1; k >= 0; k--) s = s * t + coefficients[k];
  return s;
}

/**
 * The exact derivative f′(x₀) by automatic differentiation (what the difference quotient approximates),
 * or { error } as for {@link taylorCoefficients}.
 */
export function derivative1D(f: string, x0: number): number | CalculusError {
  const c = taylorCoefficients(f, x0, 1);
  return 'error' in c ? c : c[1];
}

/**
 * The Taylor polynomial of order n at x₀ and the remainder f(x) − Pₙ(x) on a grid xs, for the shaded plot.
 * value is NaN where f is not defined.
 */
export function taylorCurve(
  f: string,
  x0: number,
  order: number,
  xs: readonly number[],
): { coefficients: number[]; value: number[]; polynomial: number[]; remainder: number[] } | CalculusError {
  const coefficients = taylorCoefficients(f, x0, order);
  if ('error' in coefficients) return coefficients;
  const ast = readAst(f, 'f', true);
  if ('error' in ast) return ast;
  const value = xs.map((x) => taylorSeries(ast, x, 0)[0]);
  const polynomial = xs.map((x) => evaluateTaylor(coefficients, x0, x));
  return { coefficients, value, polynomial, remainder: value.map((v, i) => v - polynomial[i]) };
}
