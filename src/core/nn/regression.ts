/**
 * Regression sets with targets in about [−1, 1] (so that one learning rate suits them all), noise
 * adding N(0, noise²) to each target. 1-D sets put x on [−6, 6] as x₁ with x₂ = 0.
 */
import { parseExpression } from '../expr/index';
import type { Rng } from '../probability/rng';
import { gauss } from './classification';

export type RegressionWriter = (x: Float64Array, y: Float64Array, n: number, noise: number, rng: Rng) => void;

/** A 1-D set y = f(x) + noise, x uniform on [−6, 6]. */
export function curve(f: (v: number) => number): RegressionWriter {
  return (x, y, n, noise, rng) => {
    for (let k = 0; k < n; k++) {
      const v = 6 * (2 * rng.next() - 1);
      x[2 * k] = v;
      x[2 * k + 1] = 0;
      y[k] = f(v) + (noise > 0 ? noise * gauss(rng) : 0);
    }
  };
}

export const sine = curve(Math.sin);
export const step = curve((v) => (v < 0 ? -1 : 1));
/** |x| scaled to [−1, 1]: |x|/3 − 1. */
export const absolute = curve((v) => Math.abs(v) / 3 - 1);

/**
 * A student's f(x) in the expression grammar (x the variable; y, if used, is 0), or a message:
 * the parser's, or where f is not a real number on [−6, 6].
 */
export function typedCurve(source: string): { writer: RegressionWriter } | { error: string } {
  const parsed = parseExpression(source);
  if (!parsed.ok) return { error: parsed.error.message };
  const f = parsed.expr;
  // Checked on a fine grid first so that a bad f is refused before any point is drawn.
  for (let k = 0; k <= 240; k++) {
    const v = -6 + k / 20;
    if (!Number.isFinite(f.evaluate(v, 0))) {
      return {
        error: `f(x) is not a real number at x = ${Number(v.toFixed(2))}; use an f defined on [−6, 6]`,
      };
    }
  }
  return { writer: curve((v) => f.evaluate(v, 0)) };
}

/** The plane y = (x₁ + x₂)/12 + noise, points uniform on [−6, 6]². */
export const plane: RegressionWriter = (x, y, n, noise, rng) => {
  for (let k = 0; k < n; k++) {
    const a = 6 * (2 * rng.next() - 1);
    const b = 6 * (2 * rng.next() - 1);
    x[2 * k] = a;
    x[2 * k + 1] = b;
    y[k] = (a + b) / 12 + (noise > 0 ? noise * gauss(rng) : 0);
  }
};

/** Two Gaussian bumps of width 2, +1 at (2, 2) and −1 at (−2, −2), + noise; points uniform on [−6, 6]². */
export const bumps: RegressionWriter = (x, y, n, noise, rng) => {
  const bump = (a: number, b: number, c: number) => Math.exp(-((a - c) ** 2 + (b - c) ** 2) / 8);
  for (let k = 0; k < n; k++) {
    const a = 6 * (2 * rng.next() - 1);
    const b = 6 * (2 * rng.next() - 1);
    x[2 * k] = a;
    x[2 * k + 1] = b;
    y[k] = bump(a, b, 2) - bump(a, b, -2) + (noise > 0 ? noise * gauss(rng) : 0);
  }
};
