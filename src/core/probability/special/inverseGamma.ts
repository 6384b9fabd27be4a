import { incompleteGamma } from './incompleteGamma';
import { logGamma } from './logGamma';
import { normalQuantile } from './normal';
import { logPoissonTerm } from './saddlePoint';
import { invertMonotone } from './invert';

/**
 * Inverse of the regularized incomplete gamma function: x ≥ 0 with P(a, x) = p, given both p and
 * q = 1 − p (pass the exact complement to keep precision near 1).
 * Start: the larger of Wilson–Hilferty, x ≈ a(1 − 1/(9a) + z/(3√a))³ with z = Φ⁻¹(p), and the
 * lower-tail bound x ≥ (p Γ(a+1))^(1/a) (from P(a, x) ≤ x^a/Γ(a+1)); then safeguarded Newton
 * on the logarithm of the smaller tail.
 */
export function gammaPInv(a: number, p: number, q: number = 1 - p): number {
  if (!(a > 0) || !(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return 0;
  if (q === 0) return Infinity;
  const lowerTail = p <= q;
  const bound = lowerTail ? Math.exp((Math.log(p) + logGamma(a + 1)) / a) : 0;
  const base = 1 - 1 / (9 * a) + (lowerTail ? normalQuantile(p) : -normalQuantile(q)) / (3 * Math.sqrt(a));
  const wilsonHilferty = base > 0 ? a * base * base * base : 0;
  // Wilson–Hilferty fails for tiny a in the upper tail, where Q ≈ e^(−x) x^(a−1)/Γ(a) puts x near −ln q.
  const x0 = Math.max(wilsonHilferty, 1.0001 * bound) || Math.max(1, -Math.log(q));
  return invertMonotone({
    tail: (x) => incompleteGamma(a, x)[lowerTail ? 0 : 1],
    lowerTail,
    // x^(a−1) e^(−x)/Γ(a) = a/x · x^a e^(−x)/Γ(a+1)
    density: (x) => (a / x) * Math.exp(logPoissonTerm(a, x)),
    target: lowerTail ? p : q,
    x0,
    lo: bound,
    hi: Infinity,
  });
}
