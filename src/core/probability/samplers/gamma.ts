import { uniform32, type FastRng, type Rng } from '../rng';
import { asFast, zigExp, zigNormal } from './ziggurat';

/**
 * Gamma(a, 1) for a ≥ 1 by Marsaglia & Tsang (2000), "A Simple Method for Generating Gamma
 * Variables", ACM TOMS 26(3): with d = a − ⅓, c = 1/√(9d), z ~ N(0, 1) and v = (1 + cz)³ > 0,
 * return d·v when log u < z²/2 + d(1 − v + log v). The squeeze u < 1 − 0.0331 z⁴ skips the logs in
 * ≈ 98% of draws; acceptance is ≥ 95% for every a ≥ 1.
 */
function mtGamma(src: FastRng, d: number, c: number): number {
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = zigNormal(src);
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    // 32-bit u suffices: u is only compared; u = 0 accepts through the squeeze, as it should.
    const u = uniform32(src);
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2) return d * v;
    if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * A prepared Gamma(shape, 1) source. For shape < 1 it uses the boost of Marsaglia & Tsang (§6):
 * G(a) = G(a + 1)·U^{1/a}, with U^{1/a} = exp(−E/a), E ~ Exp(1), so the tail near 0 keeps full
 * resolution. `log` returns log G, which stays finite where G itself underflows (tiny shapes).
 */
export function gammaSource(shape: number): {
  draw: (src: FastRng) => number;
  log: (src: FastRng) => number;
} {
  const boost = shape < 1;
  const d = (boost ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const inv = 1 / shape;
  if (!boost) return { draw: (src) => mtGamma(src, d, c), log: (src) => Math.log(mtGamma(src, d, c)) };
  return {
    draw: (src) => mtGamma(src, d, c) * Math.exp(-zigExp(src) * inv),
    log: (src) => Math.log(mtGamma(src, d, c)) - zigExp(src) * inv,
  };
}

/** Gamma(shape, rate), density rate^a x^{a−1} e^{−rate·x} / Γ(a): G(shape, 1) / rate. */
export function fillGamma(rng: Rng, out: Float64Array, shape: number, rate: number): void {
  const src = asFast(rng);
  const scale = 1 / rate;
  if (shape >= 1) {
    // Written out (not through gammaSource) so that the common case inlines into one loop.
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (let i = 0; i < out.length; i++) out[i] = scale * mtGamma(src, d, c);
    return;
  }
  const g = gammaSource(shape);
  for (let i = 0; i < out.length; i++) out[i] = scale * g.draw(src);
}

/**
 * Beta(α, β) as X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) independent. When a shape is below 1 both
 * gammas can underflow to 0 together; the ratio is then formed from logs as 1/(1 + e^{log Y − log X}).
 */
export function fillBeta(rng: Rng, out: Float64Array, alpha: number, beta: number): void {
  const src = asFast(rng);
  if (alpha >= 1 && beta >= 1) {
    // Direct calls rather than through gammaSource's closures, so that both inline into the loop.
    const [da, ca, db, cb] = [
      alpha - 1 / 3,
      1 / Math.sqrt(9 * alpha - 3),
      beta - 1 / 3,
      1 / Math.sqrt(9 * beta - 3),
    ];
    for (let i = 0; i < out.length; i++) {
      const x = mtGamma(src, da, ca);
      out[i] = x / (x + mtGamma(src, db, cb));
    }
    return;
  }
  const gx = gammaSource(alpha);
  const gy = gammaSource(beta);
  for (let i = 0; i < out.length; i++) {
    const lx = gx.log(src);
    out[i] = 1 / (1 + Math.exp(gy.log(src) - lx));
  }
}

/** χ²(k) = 2·Gamma(k/2, 1). */
export function fillChiSquared(rng: Rng, out: Float64Array, k: number): void {
  fillGamma(rng, out, k / 2, 0.5);
}

/**
 * Student t(ν) = z / √(V/ν), z ~ N(0, 1), V ~ χ²(ν) = 2·Gamma(ν/2), drawn in that order. For ν < 2
 * the gamma draw is taken on the log scale, t = z·exp(−½(ln G − ln(ν/2))): with tiny ν, G underflows
 * to 0 far more often than |t| truly exceeds the float64 range (ν = 0.01: 2.4% of draws ±∞ against
 * P(|T| > 1.8e308) = 0.08%). The same random numbers are used either way.
 */
export function fillStudentT(rng: Rng, out: Float64Array, df: number): void {
  const src = asFast(rng);
  const g = gammaSource(df / 2);
  const half = df / 2;
  if (half >= 1) {
    for (let i = 0; i < out.length; i++) {
      const z = zigNormal(src);
      out[i] = z / Math.sqrt(g.draw(src) / half);
    }
    return;
  }
  const logHalf = Math.log(half);
  for (let i = 0; i < out.length; i++) {
    const z = zigNormal(src);
    const scale = Math.exp(-0.5 * (g.log(src) - logHalf));
    out[i] = z * scale;
  }
}
