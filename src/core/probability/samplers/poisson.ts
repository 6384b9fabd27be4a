import { uniform32, type FastRng, type Rng } from '../rng';
import { logFactorial } from './stirling';
import { asFast } from './ziggurat';

/**
 * Poisson(λ). For λ < 10, sequential inversion: walk k = 0, 1, … subtracting f(k) = e^{−λ}λ^k/k!
 * (by f(k) = f(k − 1)·λ/k) from one uniform, about λ + 1 steps. For λ ≥ 10, PTRS.
 */
export function fillPoisson(rng: Rng, out: Float64Array, lambda: number): void {
  const src = asFast(rng);
  if (lambda < 10) {
    const f0 = Math.exp(-lambda);
    // Beyond this the pmf is < 1e-30; reaching it means rounding left u above the summed pmf.
    const kMax = Math.ceil(lambda + 40 + 20 * Math.sqrt(lambda));
    for (let i = 0; i < out.length; i++) out[i] = invert(src, lambda, f0, kMax);
    return;
  }
  const s = ptrsSetup(lambda);
  for (let i = 0; i < out.length; i++) out[i] = ptrs(src, s);
}

function invert(src: FastRng, lambda: number, f0: number, kMax: number): number {
  for (;;) {
    let u = src.next();
    let f = f0;
    let k = 0;
    while (u > f && k <= kMax) {
      u -= f;
      k++;
      f *= lambda / k;
    }
    if (k <= kMax) return k;
  }
}

type Ptrs = ReturnType<typeof ptrsSetup>;

/** Constants of PTRS (Hörmann 1993, "The transformed rejection method for generating Poisson random variables", IME 12). */
function ptrsSetup(lambda: number) {
  const b = 0.931 + 2.53 * Math.sqrt(lambda);
  return {
    lambda,
    logLambda: Math.log(lambda),
    b,
    a: -0.059 + 0.02483 * b,
    logInvAlpha: Math.log(1.1239 + 1.1328 / (b - 3.4)),
    vr: 0.9277 - 3.6224 / (b - 2),
  };
}

/**
 * PTRS: k = ⌊(2a/(½ − |u|) + b)·u + λ + 0.43⌋, u ~ U(−½, ½), maps onto a hat over the pmf; the box
 * us ≥ 0.07, v ≤ v_r (≈ 90% of draws) is accepted at once, the rest by the exact test
 * log(v·α⁻¹/(a/us² + b)) ≤ −λ + k·log λ − log k!.
 */
function ptrs(src: FastRng, s: Ptrs): number {
  const { lambda, a, b, vr } = s;
  for (;;) {
    const u = uniform32(src) - 0.5;
    const v = uniform32(src);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    // log(0) = −∞ for v = 0 accepts, which is right: the hat is everywhere positive.
    if (
      Math.log(v) + s.logInvAlpha - Math.log(a / (us * us) + b) <=
      -lambda + k * s.logLambda - logFactorial(k)
    )
      return k;
  }
}
