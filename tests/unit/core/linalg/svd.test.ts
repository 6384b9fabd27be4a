import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  columnSpace,
  frobeniusNorm,
  identityMatrix,
  matMul,
  matrixRank,
  nullSpace,
  singularValues,
  svd,
  transposeMatrix,
  type Matrix,
} from '../../../../src/core/linalg/index';

function maxAbsDiff(x: Matrix, y: Matrix): number {
  return Math.max(...x.flatMap((row, i) => row.map((v, j) => Math.abs(v - y[i][j]))));
}
function reconstruct({ u, sigma, v }: ReturnType<typeof svd>): Matrix {
  return matMul(
    u.map((row) => row.map((x, j) => x * sigma[j])),
    transposeMatrix(v),
  );
}
const scaled = (a: Matrix, s: number): Matrix => a.map((row) => row.map((x) => x * s));

describe('svd(A)', () => {
  it('svd([[3, 0], [4, 5]]) has σ = (3√5, √5) (1e-15 relative)', () => {
    const s = singularValues([
      [3, 0],
      [4, 5],
    ]);
    expect(s[0]).toBeCloseTo(3 * Math.sqrt(5), 14);
    expect(s[1]).toBeCloseTo(Math.sqrt(5), 14);
  });

  it('svd(zero 3×3) gives σ = 0 and orthonormal U = V completions', () => {
    const z = [
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    const d = svd(z);
    expect(d.sigma).toEqual([0, 0, 0]);
    expect(maxAbsDiff(matMul(transposeMatrix(d.u), d.u), identityMatrix(3))).toBe(0);
    expect(maxAbsDiff(matMul(transposeMatrix(d.v), d.v), identityMatrix(3))).toBe(0);
  });

  it('svd(rank-1 xyᵀ) completes U to an orthonormal basis and reconstructs A (1e-15‖A‖)', () => {
    const a = [1, -2, 2].map((x) => [3, 0, 4].map((y) => x * y));
    const d = svd(a);
    expect(d.sigma[0]).toBeCloseTo(15, 13);
    expect(d.sigma[1]).toBeLessThanOrEqual(1e-14);
    expect(maxAbsDiff(matMul(transposeMatrix(d.u), d.u), identityMatrix(3))).toBeLessThanOrEqual(1e-15);
    expect(maxAbsDiff(reconstruct(d), a)).toBeLessThanOrEqual(1e-15 * 15);
  });

  it('svd(diag(1, 1e-14)) keeps the small singular value to full relative accuracy', () => {
    // Through the eigenvalues of AᵀA the second value would be lost below √ε‖A‖ ≈ 1.5e-8.
    const s = singularValues([
      [1, 1],
      [1, 1 + 1e-14],
    ]);
    expect(s[1] / (1e-14 / 2)).toBeCloseTo(1, 1);
    expect(s[0]).toBeCloseTo(2, 14);
  });

  it('svd(2ᵏA) = 2ᵏ·svd(A) exactly, for k = ±600 (no overflow or underflow)', () => {
    const a = [
      [0.179, 0.655, 0.425],
      [0.848, 0.535, -0.77],
      [-0.309, -0.525, 0.232],
    ];
    const base = singularValues(a);
    for (const k of [-600, 600]) {
      expect(singularValues(scaled(a, 2 ** k))).toEqual(base.map((s) => s * 2 ** k));
    }
  });

  it('svd(A) stays orthogonal for entries anywhere in [-1e15, 1e15], subnormals included', () => {
    const entry = fc.double({ min: -1e15, max: 1e15, noNaN: true });
    const matrix = fc
      .integer({ min: 2, max: 3 })
      .chain((n) =>
        fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
      );
    fc.assert(
      fc.property(matrix, (a) => {
        const d = svd(a);
        const n = a.length;
        expect(maxAbsDiff(matMul(transposeMatrix(d.u), d.u), identityMatrix(n))).toBeLessThanOrEqual(1e-13);
        expect(maxAbsDiff(matMul(transposeMatrix(d.v), d.v), identityMatrix(n))).toBeLessThanOrEqual(1e-13);
        // An absolute floor of 1e-300 absorbs the rounding of subnormal entries.
        expect(maxAbsDiff(reconstruct(d), a)).toBeLessThanOrEqual(1e-13 * frobeniusNorm(a) + 1e-300);
      }),
      { seed: 7001, numRuns: 2000 },
    );
  });

  it('svd([[1, 2], [3]]) throws a RangeError (not square)', () => {
    expect(() => svd([[1, 2], [3]])).toThrow(RangeError);
    expect(() => svd([])).toThrow(RangeError);
    expect(() => svd([[NaN]])).toThrow(RangeError);
  });
});

describe('matrixRank, nullSpace, columnSpace', () => {
  const a = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
  ];

  it('matrixRank(A) counts σ > n·ε·σ₁ (NumPy): 1e-11·I has rank 3, a given tol overrides', () => {
    expect(matrixRank(scaled(identityMatrix(3), 1e-11))).toBe(3);
    expect(matrixRank(scaled(identityMatrix(3), 1e-11), 1e-10)).toBe(0);
    expect(matrixRank(scaled(identityMatrix(3), 1e-9))).toBe(3);
    expect(matrixRank(a)).toBe(2);
  });

  it('nullSpace([[1,2,3],[4,5,6],[7,8,9]]) is ±(1, −2, 1)/√6', () => {
    const [x, ...rest] = nullSpace(a);
    expect(rest).toHaveLength(0);
    const s = Math.sign(x[0]);
    [1, -2, 1].forEach((e, i) => expect(s * x[i]).toBeCloseTo(e / Math.sqrt(6), 14));
  });

  it('columnSpace(A) is orthonormal, orthogonal to the left null space, and contains every column', () => {
    const basis = columnSpace(a);
    expect(basis).toHaveLength(2);
    const gram = basis.map((p) => basis.map((q) => p.reduce((s, x, i) => s + x * q[i], 0)));
    expect(maxAbsDiff(gram, identityMatrix(2))).toBeLessThanOrEqual(1e-15);
    for (let j = 0; j < 3; j++) {
      const col = a.map((row) => row[j]);
      const coeffs = basis.map((q) => q.reduce((s, x, i) => s + x * col[i], 0));
      const back = col.map((_, i) => basis.reduce((s, q, k) => s + coeffs[k] * q[i], 0));
      back.forEach((x, i) => expect(x).toBeCloseTo(col[i], 13));
    }
    const leftNull = nullSpace(transposeMatrix(a))[0];
    for (const q of basis)
      expect(Math.abs(q.reduce((s, x, i) => s + x * leftNull[i], 0))).toBeLessThanOrEqual(1e-15);
  });

  it('nullSpace(I) is empty and nullSpace(0) is the standard basis', () => {
    expect(nullSpace(identityMatrix(3))).toEqual([]);
    const ns = nullSpace([
      [0, 0],
      [0, 0],
    ]);
    expect(ns).toHaveLength(2);
  });
});
