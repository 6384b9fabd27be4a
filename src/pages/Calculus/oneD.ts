/**
 * What the 1-D view draws, as pure functions of its settings: the secant and tangent at x0, the error of
 * forward and central differences against h, and the Taylor polynomial with its remainder.
 */
import {
  differenceErrorCurve,
  finiteDifference,
  optimalStep,
  taylorCoefficients,
  taylorCurve,
  type DifferenceErrorPoint,
} from '../../core';

export interface OneDInput {
  fx: string;
  x0: number;
  h: number;
  order: number;
}

export interface OneDResult {
  /** f(x0), f′(x0) (automatic differentiation) and the Taylor coefficients up to the order. */
  coefficients: number[];
  derivative: number;
  /** Forward (the secant's slope) and central difference quotients with the current h, or a message. */
  forward: number | string;
  central: number | string;
  /** f and its tangent on the secant chart's window (NaN where f is undefined). */
  secantXs: number[];
  secantF: number[];
  /** f(x0 + h), the secant's second point (NaN where f is undefined). */
  fRight: number;
  /** Error against h for both schemes (points with error 0 left out: they have no place on a log axis). */
  forwardCurve: DifferenceErrorPoint[];
  centralCurve: DifferenceErrorPoint[];
  /** Steps near √ε and ∛ε (scaled by max(1, |x0|)), and the observed best steps. */
  optimalForward: number;
  optimalCentral: number;
  bestForward: number;
  bestCentral: number;
  /** f, the Taylor polynomial Pₙ and the remainder f − Pₙ on the Taylor chart's window. */
  taylorXs: number[];
  taylorF: number[];
  taylorP: number[];
}

/** Log₁₀ h spanned by the error chart (h from 10⁻¹⁶ to 10). */
export const ERROR_LOG_MIN = -16;
export const ERROR_LOG_MAX = 1;
const SAMPLES = 241;

const grid = (a: number, b: number, n: number) =>
  Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

/** Half-width of the secant chart: the secant's two points with room around them. */
export const secantHalfWidth = (h: number) => Math.max(1, 1.6 * Math.min(h, 10));
/** Half-width of the Taylor chart. */
export const TAYLOR_HALF_WIDTH = 3;

/** Everything the 1-D view shows, or the message why it cannot (f does not parse, has no derivative at x0). */
export function computeOneD({ fx, x0, h, order }: OneDInput): OneDResult | { error: string } {
  const coefficients = taylorCoefficients(fx, x0, order);
  if ('error' in coefficients) return coefficients;
  const derivative = coefficients[1];
  const quotient = (scheme: 'forward' | 'central') => {
    const q = finiteDifference(fx, x0, h, scheme);
    return typeof q === 'number' ? q : q.error;
  };
  const curve = (scheme: 'forward' | 'central') => {
    const c = differenceErrorCurve(fx, x0, scheme, {
      logMin: ERROR_LOG_MIN,
      logMax: ERROR_LOG_MAX,
      count: 171,
    });
    return 'error' in c ? { points: [], bestH: NaN } : c;
  };
  const fwd = curve('forward');
  const cen = curve('central');
  const w = secantHalfWidth(h);
  const secantXs = grid(x0 - w, x0 + w, SAMPLES);
  const secant = taylorCurve(fx, x0, 1, secantXs);
  const right = taylorCurve(fx, x0, 1, [x0 + h]);
  const taylorXs = grid(x0 - TAYLOR_HALF_WIDTH, x0 + TAYLOR_HALF_WIDTH, SAMPLES);
  const taylor = taylorCurve(fx, x0, order, taylorXs);
  if ('error' in secant || 'error' in taylor || 'error' in right)
    return { error: 'f could not be evaluated' };
  return {
    coefficients,
    derivative,
    forward: quotient('forward'),
    central: quotient('central'),
    secantXs,
    secantF: secant.value,
    fRight: right.value[0],
    forwardCurve: fwd.points.filter((p) => p.error > 0),
    centralCurve: cen.points.filter((p) => p.error > 0),
    optimalForward: optimalStep('forward', x0),
    optimalCentral: optimalStep('central', x0),
    bestForward: fwd.bestH,
    bestCentral: cen.bestH,
    taylorXs,
    taylorF: taylor.value,
    taylorP: taylor.polynomial,
  };
}

/** A y range covering the finite values (padded), or [−1, 1] when none is finite. */
export function yRange(values: readonly number[], pad = 0.12): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  if (!(hi >= lo)) return [-1, 1];
  const span = hi - lo || Math.max(1, Math.abs(hi));
  return [lo - pad * span, hi + pad * span];
}
