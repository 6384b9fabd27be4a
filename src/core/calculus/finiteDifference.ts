/** Derivatives from first principles: difference quotients and how their error depends on the step h. */
import { compileExpr, type CompiledExpr } from '../expr/compile';
import { taylorSeries } from './series';
import { checkFinite, readAst, type CalculusError } from './source';

export type DifferenceScheme = 'forward' | 'central';

/** Unit round-off of float64, 2⁻⁵². */
const EPS = Number.EPSILON;

function quotient(e: CompiledExpr, x0: number, h: number, scheme: DifferenceScheme): number | CalculusError {
  const right = x0 + h;
  const left = scheme === 'forward' ? x0 : x0 - h;
  const fr = e.evaluate(right, 0);
  const fl = e.evaluate(left, 0);
  if (!Number.isFinite(fr)) return { error: `f is not defined at x = ${right}` };
  if (!Number.isFinite(fl)) return { error: `f is not defined at x = ${left}` };
  return scheme === 'forward' ? (fr - fl) / h : (fr - fl) / (2 * h);
}

/**
 * The difference quotient of f at x₀ with step h, f evaluated at the float64 points x₀ ± h:
 * forward (f(x₀ + h) − f(x₀))/h (error O(h)), central (f(x₀ + h) − f(x₀ − h))/(2h) (error O(h²)).
 * Returns { error } for text that does not parse, a y in f, h not a positive number, or f not
 * finite at the points used.
 */
export function finiteDifference(
  f: string,
  x0: number,
  h: number,
  scheme: DifferenceScheme,
): number | CalculusError {
  const ast = readAst(f, 'f', true);
  if ('error' in ast) return ast;
  const bad = checkFinite(x0, 'x0') ?? checkFinite(h, 'h');
  if (bad) return bad;
  if (!(h > 0)) return { error: 'the step h must be positive' };
  if (scheme !== 'forward' && scheme !== 'central') return { error: 'the scheme must be forward or central' };
  return quotient(compileExpr(ast), x0, h, scheme);
}

/**
 * The step that balances truncation against round-off for a smooth f of moderate size: about
 * √ε·max(1, |x₀|) for forward differences and ∛ε·max(1, |x₀|) for central ones.
 */
export function optimalStep(scheme: DifferenceScheme, x0 = 0): number {
  const scale = Math.max(1, Math.abs(x0));
  return (scheme === 'forward' ? Math.sqrt(EPS) : Math.cbrt(EPS)) * scale;
}

/** One point of the error-versus-h curve. */
export interface DifferenceErrorPoint {
  h: number;
  quotient: number;
  /** |quotient − f′(x₀)|, with f′(x₀) from automatic differentiation. */
  error: number;
}

/**
 * The V-shaped error curve of a difference scheme on `count` steps spaced evenly in log h from
 * 10^logMin to 10^logMax: truncation falls as h (or h²), round-off rises as ε/h. Also the exact
 * derivative and the step of least error among those tried.
 */
export function differenceErrorCurve(
  f: string,
  x0: number,
  scheme: DifferenceScheme,
  { logMin = -15, logMax = 0, count = 61 }: { logMin?: number; logMax?: number; count?: number } = {},
): { derivative: number; points: DifferenceErrorPoint[]; bestH: number; optimalH: number } | CalculusError {
  const ast = readAst(f, 'f', true);
  if ('error' in ast) return ast;
  const bad = checkFinite(x0, 'x0') ?? checkFinite(logMin, 'logMin') ?? checkFinite(logMax, 'logMax');
  if (bad) return bad;
  if (!Number.isInteger(count) || count < 2 || count > 10_000 || !(logMax > logMin))
    return { error: 'the h range needs logMin < logMax and 2 to 10000 points' };
  if (scheme !== 'forward' && scheme !== 'central') return { error: 'the scheme must be forward or central' };
  const derivative = taylorSeries(ast, x0, 1)[1];
  const e = compileExpr(ast);
  if (!Number.isFinite(derivative)) return { error: `f has no derivative at x0 = ${x0}` };
  const points: DifferenceErrorPoint[] = [];
  let bestH = NaN;
  let bestError = Infinity;
  for (let i = 0; i < count; i++) {
    const h = 10 ** (logMin + ((logMax - logMin) * i) / (count - 1));
    const q = quotient(e, x0, h, scheme);
    if (typeof q !== 'number') continue;
    const error = Math.abs(q - derivative);
    points.push({ h, quotient: q, error });
    if (error < bestError) {
      bestError = error;
      bestH = h;
    }
  }
  return { derivative, points, bestH, optimalH: optimalStep(scheme, x0) };
}
