// Defining equations on random well-conditioned matrices (fast-check, fixed seeds so that a failure
// reproduces): A·A⁻¹ = I, A = UΣVᵀ with orthogonal U and V, Av = λv.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  analyzeMatrix,
  eigenConditioning,
  eigenPairs,
  frobeniusNorm,
  identityMatrix,
  matMul,
  nullSpace,
  svd,
  transposeMatrix,
  type Matrix,
} from '../../../../src/core/linalg/index';

// Entries as a user would type them: |x| in [1e-6, 10] or exactly 0. Extreme scales (subnormal, huge)
// have their own test in svd.test.ts.
const entry = fc.double({ min: -10, max: 10, noNaN: true }).map((x) => (Math.abs(x) < 1e-6 ? 0 : x));
const square = (n: number) =>
  fc
    .array(entry, { minLength: n * n, maxLength: n * n })
    .map((xs) => Array.from({ length: n }, (_, i) => xs.slice(i * n, i * n + n)));
/** κ₂(A) = σ₁/σₙ ≤ 1e4: the inverse is then good to about 1e4·ε. */
const wellConditioned = (n: number) =>
  square(n).filter((a) => {
    const s = svd(a).sigma;
    return s[n - 1] > 0 && s[0] / s[n - 1] < 1e4;
  });
const options = (seed: number) => ({ seed, numRuns: 300 });

function maxAbsDiff(x: Matrix, y: Matrix): number {
  return Math.max(...x.flatMap((row, i) => row.map((v, j) => Math.abs(v - y[i][j]))));
}

describe.each([2, 3])('random well-conditioned %i×%i matrices', (n) => {
  it('analyzeMatrix(A).inverse satisfies A·A⁻¹ ≈ I and A⁻¹·A ≈ I (1e-9)', () => {
    fc.assert(
      fc.property(wellConditioned(n), (a) => {
        const inv = analyzeMatrix(a).inverse;
        expect(inv).not.toBeNull();
        expect(maxAbsDiff(matMul(a, inv!), identityMatrix(n))).toBeLessThanOrEqual(1e-9);
        expect(maxAbsDiff(matMul(inv!, a), identityMatrix(n))).toBeLessThanOrEqual(1e-9);
      }),
      options(1000 + n),
    );
  });

  it('svd(A) satisfies UΣVᵀ ≈ A (1e-13‖A‖), UᵀU ≈ VᵀV ≈ I (1e-13) and σ descending', () => {
    fc.assert(
      fc.property(square(n), (a) => {
        const { u, sigma, v } = svd(a);
        const scale = Math.max(frobeniusNorm(a), Number.MIN_VALUE);
        const us = u.map((row) => row.map((x, j) => x * sigma[j]));
        expect(maxAbsDiff(matMul(us, transposeMatrix(v)), a)).toBeLessThanOrEqual(1e-13 * scale);
        expect(maxAbsDiff(matMul(transposeMatrix(u), u), identityMatrix(n))).toBeLessThanOrEqual(1e-13);
        expect(maxAbsDiff(matMul(transposeMatrix(v), v), identityMatrix(n))).toBeLessThanOrEqual(1e-13);
        for (let i = 1; i < n; i++) expect(sigma[i]).toBeLessThanOrEqual(sigma[i - 1]);
      }),
      options(2000 + n),
    );
  });

  it('eigenPairs(A) satisfy ‖Av − λv‖ ≤ 1e-12‖A‖ for unit v', () => {
    fc.assert(
      fc.property(wellConditioned(n), (a) => {
        const scale = frobeniusNorm(a);
        for (const p of eigenPairs(a)) {
          const [lr, li] = p.value;
          let sum = 0;
          for (let i = 0; i < n; i++) {
            const re = a[i].reduce((s, x, j) => s + x * p.re[j], 0) - (lr * p.re[i] - li * p.im[i]);
            const im = a[i].reduce((s, x, j) => s + x * p.im[j], 0) - (lr * p.im[i] + li * p.re[i]);
            sum += re * re + im * im;
          }
          expect(Math.sqrt(sum)).toBeLessThanOrEqual(1e-12 * scale);
          expect(Math.hypot(...p.re, ...p.im)).toBeCloseTo(1, 12);
        }
      }),
      options(3000 + n),
    );
  });

  it('eigenvalues: Σλ = tr A and Πλ = det A (1e-10‖A‖ⁿ), conjugate pairs adjacent', () => {
    fc.assert(
      fc.property(wellConditioned(n), (a) => {
        const r = analyzeMatrix(a);
        const scale = Math.max(1, frobeniusNorm(a));
        let [pr, pi] = [1, 0];
        for (const [re, im] of r.eigenvalues) [pr, pi] = [pr * re - pi * im, pr * im + pi * re];
        expect(Math.abs(r.eigenvalues.reduce((s, [re]) => s + re, 0) - r.trace)).toBeLessThanOrEqual(
          1e-12 * scale,
        );
        expect(Math.hypot(pr - r.det, pi)).toBeLessThanOrEqual(1e-10 * scale ** n);
        r.eigenvalues.forEach(([re, im], i) => {
          if (im > 0) expect(r.eigenvalues[i + 1]).toEqual([re, -im]);
        });
      }),
      options(4000 + n),
    );
  });
});

describe('rank-deficient 3×3 matrices A = xyᵀ + zwᵀ', () => {
  const vec = fc.array(entry, { minLength: 3, maxLength: 3 }).filter((v) => Math.hypot(...v) > 0.5);
  it('svd(A) is still orthogonal and exact; nullSpace(A) has dimension 3 − rank', () => {
    fc.assert(
      fc.property(vec, vec, vec, vec, fc.boolean(), (x, y, z, w, rankTwo) => {
        const a = x.map((xi, i) => y.map((yj, j) => xi * yj + (rankTwo ? z[i] * w[j] : 0)));
        const { u, sigma, v } = svd(a);
        const us = u.map((row) => row.map((t, j) => t * sigma[j]));
        expect(maxAbsDiff(matMul(us, transposeMatrix(v)), a)).toBeLessThanOrEqual(1e-13 * frobeniusNorm(a));
        expect(maxAbsDiff(matMul(transposeMatrix(u), u), identityMatrix(3))).toBeLessThanOrEqual(1e-13);
        const rank = analyzeMatrix(a).rank;
        expect(rank).toBeLessThanOrEqual(rankTwo ? 2 : 1);
        expect(nullSpace(a)).toHaveLength(3 - rank);
      }),
      options(5000),
    );
  });
});

describe('eigenConditioning(A) on random symmetric matrices', () => {
  it('κ(V) ≈ 1: symmetric matrices are never near-defective', () => {
    fc.assert(
      fc.property(square(3), (b) => {
        const a = b.map((row, i) => row.map((x, j) => (x + b[j][i]) / 2));
        const c = eigenConditioning(a);
        expect(c.nearDefective).toBe(false);
        expect(c.eigenvectorCondition).toBeLessThan(1 + 1e-6);
      }),
      { seed: 6000, numRuns: 200 },
    );
  });
});
