import { incompleteBeta } from './incompleteBeta';
import { logBeta } from './logBeta';
import { normalQuantile } from './normal';
import { invertMonotone } from './invert';

/** Starting guess for I⁻¹ (Numerical Recipes §6.14, after Abramowitz & Stegun 26.5.22). */
function initialGuess(a: number, b: number, p: number, q: number): number {
  if (a >= 1 && b >= 1) {
    const z = p <= q ? -normalQuantile(p) : normalQuantile(q); // Φ⁻¹(1 − p): small x for small p
    const lambda = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w =
      (z * Math.sqrt(h + lambda)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  // Tails: I_x ≈ x^a/(a B) near 0 and 1 − (1−x)^b/(b B) near 1, glued at their relative weights.
  const t = Math.exp(a * Math.log(a / (a + b))) / a;
  const u = Math.exp(b * Math.log(b / (a + b))) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * q, 1 / b);
}

/**
 * Inverse of the regularized incomplete beta function: x in [0, 1] with I_x(a, b) = p, given both p
 * and q = 1 − p. A guess past ½ is solved as the mirrored problem 1 − I⁻¹_q(b, a), so the root is
 * always near 0 where floating point is finest; then safeguarded Newton on the log of the
 * smaller tail.
 */
export function betaIncInv(a: number, b: number, p: number, q: number = 1 - p): number {
  if (!(a > 0 && b > 0) || !(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return 0;
  if (q === 0) return 1;
  const guess = initialGuess(a, b, p, q);
  if (guess > 0.5) return 1 - solveNearZero(b, a, q, p, 1 - guess);
  return solveNearZero(a, b, p, q, guess);
}

function solveNearZero(a: number, b: number, p: number, q: number, guess: number): number {
  const lowerTail = p <= q;
  const logB = logBeta(a, b);
  return invertMonotone({
    tail: (x) => incompleteBeta(a, b, x)[lowerTail ? 0 : 1],
    lowerTail,
    density: (x) => Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB),
    target: lowerTail ? p : q,
    x0: guess > 0 && guess < 1 ? guess : 0.5,
    lo: 0,
    hi: 1,
  });
}
