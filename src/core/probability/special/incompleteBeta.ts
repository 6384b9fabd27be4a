import { EPS, TINY } from './constants';
import { betaIncLargeA } from './betaLargeA';
import { logBinomialTerm } from './saddlePoint';

/** Iteration cap: the fraction needs O(√max(a, b)) terms near the mean. */
const MAX_ITER = 1_000_000;

/**
 * The continued fraction for I_x(a, b) (Numerical Recipes §6.4, after Abramowitz & Stegun 26.5.8),
 *   I_x(a, b) = x^a (1−x)^b / (a B(a, b)) · 1/(1+ d₁/(1+ d₂/(1+ …))),
 * evaluated by the modified Lentz method. Converges fast for x < (a + 1)/(a + b + 2).
 */
function betaFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * I_x(a, b) for x below the switch point. Mostly x^a y^b / (a B(a, b)) · CF, where the prefactor is
 * b/(a+b) times Loader's binomial term C(a+b, a) x^a y^b (accurate for large a, b). But with a large,
 * b small and x near 1 the fraction's terms nearly cancel (error ≈ a·1e-16, e.g. Student's t with
 * large df), and the asymptotic expansion takes over.
 */
function lowerSide(a: number, b: number, x: number, y: number): number {
  if (a >= 15 && b <= 15 && x > 0.7) {
    const i = betaIncLargeA(a, b, x, y);
    if (!Number.isNaN(i)) return i;
  }
  return (Math.exp(logBinomialTerm(a, b, x, y)) * b * betaFraction(a, b, x)) / (a + b);
}

/**
 * The regularized incomplete beta function and its complement as a pair [I_x(a, b), 1 − I_x(a, b)],
 *   I_x(a, b) = (1/B(a, b)) ∫₀ˣ t^(a−1) (1−t)^(b−1) dt,   a, b > 0.
 * Takes y = 1 − x as well, so callers that know 1 − x exactly (t tails, binomial with p and q)
 * lose nothing to rounding. The side on which the fraction converges is computed directly and
 * the other by subtraction, via I_x(a, b) = 1 − I_y(b, a).
 */
export function incompleteBeta(a: number, b: number, x: number, y: number = 1 - x): [number, number] {
  if ([a, b, x, y].some(Number.isNaN) || a <= 0 || b <= 0) return [NaN, NaN];
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  if (x < (a + 1) / (a + b + 2)) {
    const i = lowerSide(a, b, x, y);
    return [i, 1 - i];
  }
  const j = lowerSide(b, a, y, x);
  return [1 - j, j];
}

/** Regularized incomplete beta I_x(a, b). */
export function betaInc(a: number, b: number, x: number): number {
  return incompleteBeta(a, b, x)[0];
}
