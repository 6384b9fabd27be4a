// KL between normals when one sd is far below the other: σ₁ = 1e-100 beside σ₂ = 2 gave +∞ (1 + t rounded to
// 0 inside log1pmx), and σ₁ = 1e-320 gave NaN the other way round (∞ − ∞).
import { describe, expect, it } from 'vitest';
import { normalKlNats } from '../../../../src/core';

/** ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½ with the logs taken apart (exact enough for σ₁ ≪ σ₂). */
const textbook = (m1: number, s1: number, m2: number, s2: number) =>
  Math.log(s2) - Math.log(s1) + (s1 * s1 + (m1 - m2) ** 2) / (2 * s2 * s2) - 0.5;

describe('normalKlNats with a tiny sd', () => {
  it.each([1e-10, 1e-20, 1e-100, 1e-200, 1e-300, 1e-320])(
    'KL(N(0, %s²) ‖ N(1, 2²)) is finite and exact',
    (s) => {
      const kl = normalKlNats({ mean: 0, sd: s }, { mean: 1, sd: 2 });
      expect(Number.isFinite(kl)).toBe(true);
      expect(kl).toBeCloseTo(textbook(0, s, 1, 2), 10);
    },
  );

  it('KL(N(1, 2²) ‖ N(0, 1e-320²)) is +∞, never NaN', () => {
    expect(normalKlNats({ mean: 1, sd: 2 }, { mean: 0, sd: 1e-320 })).toBe(Infinity);
  });

  it('σ ratios on both sides of ½ agree with the textbook form (1e-12 relative)', () => {
    for (const s of [0.49, 0.5, 0.51, 0.9, 1.6, 3]) {
      const kl = normalKlNats({ mean: 0.3, sd: s }, { mean: 0, sd: 1 });
      expect(Math.abs(kl - textbook(0.3, s, 0, 1))).toBeLessThan(1e-12 * kl);
    }
  });
});
