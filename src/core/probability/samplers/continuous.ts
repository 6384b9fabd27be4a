import type { Rng } from '../rng';
import {
  asFast,
  EXP_K,
  EXP_W,
  expSlow,
  NORM_K,
  NORM_W,
  normalSlow,
  openUnit,
  zigExp,
  zigNormal,
} from './ziggurat';

/**
 * Location–scale samplers. Each fills `out` in order and draws from `rng` strictly sequentially per
 * element, so that equal seeds give a longer sample whose prefix is the shorter one, and a stream cut
 * into chunks equals the stream drawn at once.
 */

/**
 * N(mean, sd²) by the ziggurat: x = mean + sd·z, z ~ N(0, 1).
 * The fast path is written out in a tight inner loop that leaves only on a miss (≈1.5%), so the JIT
 * keeps the rare wedge/tail code (logs, exps, more draws) out of the hot loop.
 */
export function fillNormal(rng: Rng, out: Float64Array, mean: number, sd: number): void {
  const src = asFast(rng);
  const len = out.length;
  let n = 0;
  while (n < len) {
    let j = 0;
    let i = 0;
    for (; n < len; n++) {
      j = src.nextUint32() | 0;
      i = j & 255;
      if (!(Math.abs(j) < NORM_K[i])) break;
      out[n] = mean + sd * (j * NORM_W[i]);
    }
    if (n < len) out[n++] = mean + sd * normalSlow(src, j, i);
  }
}

/** Exp(rate), density rate·e^{−rate·x}: e/rate with e ~ Exp(1) by the ziggurat (loop as in fillNormal). */
export function fillExponential(rng: Rng, out: Float64Array, rate: number): void {
  const src = asFast(rng);
  const scale = 1 / rate;
  const len = out.length;
  let n = 0;
  while (n < len) {
    let j = 0;
    let i = 0;
    for (; n < len; n++) {
      j = src.nextUint32();
      i = j & 255;
      if (!(j < EXP_K[i])) break;
      out[n] = scale * (j * EXP_W[i]);
    }
    if (n < len) out[n++] = scale * expSlow(src, j, i);
  }
}

/** U(a, b) on [a, b): a + (b − a)·u with u a 53-bit uniform. */
export function fillUniform(rng: Rng, out: Float64Array, a: number, b: number): void {
  const w = b - a;
  for (let i = 0; i < out.length; i++) out[i] = a + w * rng.next();
}

/** Laplace(μ, b), density e^{−|x−μ|/b}/(2b): μ ± b·e, e ~ Exp(1), with an independent fair sign. */
export function fillLaplace(rng: Rng, out: Float64Array, mu: number, b: number): void {
  const src = asFast(rng);
  for (let i = 0; i < out.length; i++) {
    // The sign takes its own word: the ziggurat uses all 32 bits of its word for layer and position.
    const signed = src.nextUint32() & 1 ? b : -b;
    out[i] = mu + signed * zigExp(src);
  }
}

/** Lognormal: exp(μ + σ·z), z ~ N(0, 1). */
export function fillLognormal(rng: Rng, out: Float64Array, mu: number, sigma: number): void {
  const src = asFast(rng);
  for (let i = 0; i < out.length; i++) out[i] = Math.exp(mu + sigma * zigNormal(src));
}

/** Cauchy(x0, γ) by inversion of F(x) = ½ + atan((x − x0)/γ)/π: x0 + γ·tan(π(u − ½)), u ∈ (0, 1]. */
export function fillCauchy(rng: Rng, out: Float64Array, x0: number, gamma: number): void {
  const src = asFast(rng);
  for (let i = 0; i < out.length; i++) out[i] = x0 + gamma * Math.tan(Math.PI * (openUnit(src) - 0.5));
}
