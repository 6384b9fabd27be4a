/** KL divergence between two normal laws, in closed form and as the integrand one would integrate. */
import { log1pmx } from '../special/log1pmx';

/** A normal law N(mean, sd²). */
export interface NormalParams {
  mean: number;
  sd: number;
}

function checkNormal(n: NormalParams, name: string): void {
  if (!n || typeof n !== 'object') throw new RangeError(`${name} must be { mean, sd }`);
  if (!Number.isFinite(n.mean)) throw new RangeError(`${name}.mean must be a finite number`);
  if (!Number.isFinite(n.sd) || !(n.sd > 0))
    throw new RangeError(`${name}.sd must be a positive finite number`);
}

/**
 * KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²) / (2σ₂²) − ½ in nats.
 *
 * With t = (σ₁ − σ₂)/σ₂ (so σ₁/σ₂ = 1 + t) and d = (μ₁ − μ₂)/σ₂ this is, without cancellation,
 *   KL = [t − ln(1 + t)] + t²/2 + d²/2 = −log1pmx(t) + t²/2 + d²/2,
 * three non-negative terms: a σ ratio of 1 ± 1e-6 gives 1.0e-12 to every digit (the textbook form
 * −ln r + (r² − 1)/2 loses half of them). For r < ½ the textbook form, with ln r = ln σ₁ − ln σ₂, is the
 * accurate one.
 * @throws RangeError when a mean is not finite or an sd is not positive and finite.
 */
export function normalKlNats(p: { mean: number; sd: number }, q: { mean: number; sd: number }): number {
  checkNormal(p, 'p');
  checkNormal(q, 'q');
  const t = (p.sd - q.sd) / q.sd;
  const d = (p.mean - q.mean) / q.sd;
  if (!Number.isFinite(t) || t < -0.5) {
    // σ₁/σ₂ beyond float64, or below ½: nothing cancels there (−ln r ≥ ln 2 against (r² − 1)/2 ≥ −½), and
    // 1 + t would round to 0 once σ₁ < ε·σ₂ (σ₁ = 1e-100 beside σ₂ = 2 gave +∞ instead of 230.6), so ln r is
    // taken as ln σ₂ − ln σ₁, finite even where r itself under- or overflows.
    const r = p.sd / q.sd;
    return Math.log(q.sd) - Math.log(p.sd) + 0.5 * (r * r - 1) + 0.5 * d * d;
  }
  return -log1pmx(t) + 0.5 * t * t + 0.5 * d * d;
}

/** Normal density φ((x − μ)/σ)/σ. */
export function normalDensityAt(n: NormalParams, x: number): number {
  const z = (x - n.mean) / n.sd;
  return Math.exp(-0.5 * z * z) / (n.sd * Math.sqrt(2 * Math.PI));
}

/**
 * The KL integrand p(x) ln(p(x)/q(x)) in nats per unit x; its integral over ℝ is {@link normalKlNats}.
 * The log-ratio is taken in closed form so that it stays finite far in the tails where both densities
 * underflow to 0.
 */
export function normalKlIntegrand(p: NormalParams, q: NormalParams, x: number): number {
  const zp = (x - p.mean) / p.sd;
  const zq = (x - q.mean) / q.sd;
  const logRatio = Math.log(q.sd / p.sd) - 0.5 * zp * zp + 0.5 * zq * zq;
  return normalDensityAt(p, x) * logRatio;
}

/** The closed form of {@link normalKlNats}, as TeX. */
export function normalKlTex(): string {
  return (
    '\\mathrm{KL}\\big(\\mathcal N(\\mu_1,\\sigma_1^2)\\,\\|\\,\\mathcal N(\\mu_2,\\sigma_2^2)\\big) = ' +
    '\\ln\\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1-\\mu_2)^2}{2\\sigma_2^2} - \\frac12'
  );
}

/** KL as the integral of the drawn integrand, as TeX. */
export function normalKlIntegralTex(): string {
  return '\\mathrm{KL}(P\\,\\|\\,Q) = \\int_{-\\infty}^{\\infty} p(x)\\,\\ln\\frac{p(x)}{q(x)}\\,dx';
}
