/** Below this the recurrence ψ(x) = ψ(x + 1) − 1/x shifts the argument up before the series. */
const ASYMPTOTIC_FROM = 10;

/** B₂ₖ/(2k), the coefficients of ψ(x) ~ ln x − 1/(2x) − Σ B₂ₖ/(2k x^(2k)). */
const SERIES = [1 / 12, -1 / 120, 1 / 252, -1 / 240, 1 / 132, -691 / 32760, 1 / 12];

/** Σ B₂ₖ/(2k x^(2k)) for x ≥ 10, where seven terms reach full precision. */
function series(x: number): number {
  const z = 1 / (x * x);
  let sum = 0;
  for (let k = SERIES.length - 1; k >= 0; k--) sum = (sum + SERIES[k]) * z;
  return sum;
}

/**
 * ψ(x) − ln x for x > 0, formed without ln x for large x (≈ −1/(2x) there), so that entropies can
 * cancel the logarithms analytically instead of numerically.
 */
export function digammaMinusLog(x: number): number {
  if (x < ASYMPTOTIC_FROM) return digamma(x) - Math.log(x);
  return -0.5 / x - series(x);
}

/**
 * ψ(y) − ψ(x) for x, y > 0. When both are large and close the two digammas agree in most digits;
 * the asymptotic series is then differenced term by term (ln(y/x) as log1p, x^(−2k) − y^(−2k) via
 * expm1), which keeps full relative precision of the small difference.
 */
export function digammaDifference(x: number, y: number): number {
  if (Math.min(x, y) < ASYMPTOTIC_FROM) return digamma(y) - digamma(x);
  const logRatio = Math.log1p((y - x) / x); // ln(y/x)
  let sum = 0;
  let xPower = 1;
  for (let k = 0; k < SERIES.length; k++) {
    xPower /= x * x;
    sum += SERIES[k] * xPower * Math.expm1(-2 * (k + 1) * logRatio); // c (y^(−2k) − x^(−2k))
  }
  return logRatio + (0.5 * (y - x)) / (x * y) - sum;
}

/**
 * Digamma ψ(x) = d/dx ln Γ(x).
 * Negative x by the reflection ψ(1 − x) − ψ(x) = π cot(πx); small x shifted up by the recurrence;
 * then the asymptotic series. NaN at the poles 0, −1, −2, … Absolute error ≈ 1e-15.
 */
export function digamma(x: number): number {
  if (Number.isNaN(x) || x === -Infinity) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    // cot(πx) with x reduced to [-0.5, 0.5] keeps the tangent accurate.
    const r = x - Math.round(x);
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * r);
  }
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  return shift + Math.log(x) - 0.5 / x - series(x);
}
