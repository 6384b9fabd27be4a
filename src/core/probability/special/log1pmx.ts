/**
 * log1pmx(x) = ln(1 + x) − x for x > −1, without the cancellation of the two terms near 0:
 * for |x| < ½ the series −x²/2 + x³/3 − x⁴/4 + … (relative error ≈ 1e-16), else the direct form
 * (|ln(1 + x) − x| ≥ 0.09 there, so nothing cancels). ≤ 0 everywhere, ≈ −x²/2 near 0.
 */
export function log1pmx(x: number): number {
  if (!(Math.abs(x) < 0.5)) return Math.log1p(x) - x;
  // Σ_{k≥2} (−1)^(k+1) x^k / k, summed until a term no longer changes the sum.
  let power = x * x;
  let sum = -0.5 * power;
  for (let k = 3; k < 200; k++) {
    power *= -x;
    const next = sum - power / k;
    if (next === sum) break;
    sum = next;
  }
  return sum;
}
