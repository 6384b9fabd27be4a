import { EPS, TINY } from './constants';
import { logPoissonTerm } from './saddlePoint';

/** Iteration cap: both expansions need O(√a) terms near x ≈ a, so this serves a up to ~1e10. */
const MAX_ITER = 1_000_000;

/** Σₙ xⁿ / ((a+1)(a+2)…(a+n)), the series with P(a, x) = x^a e^(−x)/Γ(a+1) · Σ. */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < MAX_ITER; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * EPS) break;
  }
  return sum;
}

/**
 * Legendre's continued fraction 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− …))) with
 * Q(a, x) = x^a e^(−x)/Γ(a) · CF, evaluated by the modified Lentz method.
 */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * The regularized incomplete gamma functions as a pair [P(a, x), Q(a, x)] for a > 0:
 *   P(a, x) = γ(a, x)/Γ(a) = (1/Γ(a)) ∫₀ˣ t^(a−1) e^(−t) dt,   Q = 1 − P.
 * The smaller of the two is computed directly (series for P when x < a + 1, continued fraction for
 * Q otherwise), so each keeps its relative precision in its own tail; the prefactor
 * x^a e^(−x)/Γ(a+1) comes from Loader's saddle-point form, accurate even for large a.
 */
export function incompleteGamma(a: number, x: number): [number, number] {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0) return [NaN, NaN];
  if (x <= 0) return [0, 1];
  if (x === Infinity) return [1, 0];
  const front = Math.exp(logPoissonTerm(a, x));
  // For small a the fraction still converges quickly once x > 1.1, and there Q is the small side.
  if (x < a + 1 && !(a < 1 && x > 1.1)) {
    const p = front * lowerSeries(a, x);
    return [p, 1 - p];
  }
  const q = a * front * upperFraction(a, x);
  return [1 - q, q];
}

/** Regularized lower incomplete gamma P(a, x) = γ(a, x)/Γ(a). */
export function gammaP(a: number, x: number): number {
  return incompleteGamma(a, x)[0];
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a) = 1 − P(a, x). */
export function gammaQ(a: number, x: number): number {
  return incompleteGamma(a, x)[1];
}
