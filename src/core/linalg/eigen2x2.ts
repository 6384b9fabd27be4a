/**
 * The closed form for 2×2 eigenvalues: the base case of the QR iteration (every deflated block ends
 * as 1×1 or 2×2) and the whole algorithm for 2×2 input.
 */

/** A complex number as [re, im]. */
export type Complex = [number, number];

/**
 * Roots of λ² − (a + d)λ + (ad − bc) for [[a, b], [c, d]]. The discriminant is formed as
 * ((a − d)/2)² + bc rather than ((a + d)/2)² − (ad − bc), which would cancel for nearly equal
 * eigenvalues; the smaller real root is det / λ₁ (Vieta) instead of a cancelling difference.
 */
export function eigenvalues2x2(a: number, b: number, c: number, d: number): [Complex, Complex] {
  const mean = (a + d) / 2;
  const half = (a - d) / 2;
  const disc = half * half + b * c;
  if (disc < 0) {
    const im = Math.sqrt(-disc);
    return [
      [mean, im],
      [mean, -im],
    ];
  }
  const r = Math.sqrt(disc);
  const big = mean >= 0 ? mean + r : mean - r;
  const small = big === 0 ? 0 : (a * d - b * c) / big;
  return [
    [big, 0],
    [small, 0],
  ];
}
