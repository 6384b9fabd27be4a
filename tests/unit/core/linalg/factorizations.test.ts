// cholesky (1e-9 relative; non-SPD → { error } naming why), lowRankApproximation (approx 1e-9 × max|M|,
// singular values and error 1e-9 relative) and jacobian2 (1e-9 relative, floor 1e-12) against
// tests/fixtures/ml.json; exact integer determinants and triangular eigenvalues.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../../fixtures/ml.json';
import {
  cholesky,
  energyKept,
  imageSvd,
  integerDeterminant,
  jacobian2,
  lowRankApproximation,
  lowRankFromSvd,
  lowRankStorageRatio,
  matMul,
  transposeMatrix,
  triangularEigenvalues,
  type Matrix,
} from '../../../../src/core/linalg/index';
import { expectClose, expectMatrixClose } from '../deep/close';

interface Fixture {
  linearAlgebra: {
    cholesky: { A: Matrix; L?: Matrix; error?: string }[];
    lowRank: { M: Matrix; k: number; approx: Matrix; singularValues: number[]; error: number }[];
    jacobian2: { u: string; v: string; at: [number, number]; J?: Matrix; det?: number; error?: true }[];
  };
}
const la = (fixture as unknown as Fixture).linearAlgebra;
const maxAbs = (m: Matrix) => Math.max(...m.flat().map(Math.abs));

describe('cholesky(A) against the fixtures', () => {
  it.each(la.cholesky.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const r = cholesky(c.A);
    if (c.error !== undefined) {
      expect('error' in r && r.error).toContain(c.error);
      return;
    }
    if (!('L' in r)) throw new Error(`unexpected error: ${r.error}`);
    expectMatrixClose(r.L, c.L!, 1e-9, 0, 'L');
  });

  it('never throws: malformed input, a negative first pivot and a singular matrix give messages', () => {
    const messages = [
      cholesky([]),
      cholesky([[1, 2]]),
      cholesky([[NaN]]),
      cholesky([[-1]]),
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ].map((r) => ('error' in r ? r.error : ''));
    expect(messages[0]).toMatch(/empty/);
    expect(messages[1]).toMatch(/square/);
    expect(messages[2]).toMatch(/finite/);
    expect(messages[3]).toMatch(/not positive definite.*negative/);
    expect(messages[4]).toMatch(/pivot 2 is 0/);
  });

  it('LLᵀ = A for random SPD A = BBᵀ + I (1e-12 relative to max|A|)', () => {
    const entry = fc.double({ min: -3, max: 3, noNaN: true });
    const spd = fc
      .integer({ min: 1, max: 6 })
      .chain((n) => fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: n, maxLength: n }))
      .map((b) => matMul(b, transposeMatrix(b)).map((row, i) => row.map((x, j) => x + (i === j ? 1 : 0))));
    fc.assert(
      fc.property(spd, (A) => {
        const r = cholesky(A);
        if (!('L' in r)) throw new Error(r.error);
        expectMatrixClose(matMul(r.L, transposeMatrix(r.L)), A, 0, 1e-12 * maxAbs(A), 'LLᵀ');
        r.L.forEach((row, i) => {
          expect(row[i]).toBeGreaterThan(0);
          for (let j = i + 1; j < row.length; j++) expect(row[j]).toBe(0);
        });
      }),
      { seed: 1704, numRuns: 200 },
    );
  });
});

describe('lowRankApproximation(M, k) against the fixtures', () => {
  it.each(la.lowRank.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const r = lowRankApproximation(c.M, c.k);
    const scale = maxAbs(c.M);
    expectMatrixClose(r.approx, c.approx, 0, 1e-9 * scale, 'approx');
    // Rounding-level singular values (case 2 is exactly rank 2: NumPy's σ₃… are ~1e-16 noise) can
    // only agree absolutely, so these get the floor 1e-12·σ₁ of linalg.json's "near 0".
    const floor = 1e-12 * c.singularValues[0];
    r.singularValues.forEach((s, i) => expectClose(s, c.singularValues[i], 1e-9, floor, `σ${i + 1}`));
    expectClose(r.error, c.error, 1e-9, floor, 'error');
  });

  it('error = ‖M − M_k‖_F = √(Σ dropped σ²) (Eckart–Young) for every k of a random 7 × 4', () => {
    const M = Array.from({ length: 7 }, (_, i) =>
      Array.from({ length: 4 }, (_, j) => Math.sin(3 * i + 7 * j + 1)),
    );
    for (let k = 0; k <= 5; k++) {
      const r = lowRankApproximation(M, k);
      const diff = M.flatMap((row, i) => row.map((x, j) => x - r.approx[i][j]));
      expectClose(r.error, Math.hypot(...diff), 1e-12, 1e-14, `k = ${k}`);
    }
  });

  it('a wide matrix (3 × 5) and its transpose give transposed approximations', () => {
    const M = Array.from({ length: 3 }, (_, i) => Array.from({ length: 5 }, (_, j) => Math.cos(i * 5 + j)));
    const a = lowRankApproximation(M, 2).approx;
    const b = lowRankApproximation(transposeMatrix(M), 2).approx;
    expectMatrixClose(transposeMatrix(b), a, 0, 1e-14, 'approx');
  });

  it('energyKept and lowRankStorageRatio', () => {
    expect(energyKept([3, 4], 1)).toBeCloseTo(9 / 25, 15);
    expect(energyKept([3, 4], 2)).toBeCloseTo(1, 15);
    expect(energyKept([0, 0], 1)).toBe(1);
    expect(lowRankStorageRatio(256, 256, 10)).toBeCloseTo((10 * 513) / 65536, 15);
  });

  it('imageSvd of a 128 × 128 generated image: σ descending, A = UΣVᵀ (1e-12), progress reported, abortable', () => {
    const img = Array.from({ length: 128 }, (_, i) =>
      Array.from({ length: 128 }, (_, j) => (((i >> 3) + (j >> 3)) % 2) + Math.hypot(i - 64, j - 64) / 90),
    );
    let done = 0;
    const s = imageSvd(img, { onProgress: (d) => (done = d) });
    expect(done).toBe(1);
    for (let i = 1; i < s.sigma.length; i++) expect(s.sigma[i]).toBeLessThanOrEqual(s.sigma[i - 1]);
    expectMatrixClose(lowRankFromSvd(s, 128).approx, img, 0, 1e-12 * 128, 'full rank');
    expect(() => imageSvd(img, { signal: { aborted: true } })).toThrow(/aborted/);
  });

  it('throws a RangeError for k negative or fractional', () => {
    expect(() => lowRankApproximation([[1]], -1)).toThrow(RangeError);
    expect(() => lowRankApproximation([[1]], 0.5)).toThrow(RangeError);
  });
});

describe('jacobian2(u, v, at) against the fixtures', () => {
  it.each(la.jacobian2.map((c) => [`${c.u}; ${c.v}`, c] as const))('%s', (_, c) => {
    const r = jacobian2(c.u, c.v, c.at);
    if (c.error) {
      expect('error' in r && r.error.length).toBeGreaterThan(0);
      return;
    }
    if (!('J' in r)) throw new Error(r.error);
    expectMatrixClose(r.J, c.J!, 1e-9, 1e-12, 'J');
    expectClose(r.det, c.det!, 1e-9, 1e-12, 'det');
  });

  it('names the function that failed and refuses points where the map is not real', () => {
    const bad = jacobian2('x', 'foo(y)', [1, 1]);
    expect('error' in bad && bad.error).toMatch(/^v\(x, y\)/);
    const notReal = jacobian2('sqrt(x)', 'y', [-1, 0]);
    expect('error' in notReal && notReal.error).toMatch(/u\(x, y\) has no real derivative/);
    const badPoint = jacobian2('x', 'y', [NaN, 0]);
    expect('error' in badPoint).toBe(true);
  });
});

describe('integerDeterminant and triangularEigenvalues', () => {
  it('det of the review matrix [[-152,-53,-87],[-37,30,-91],[-189,-23,-178]] (row 3 = row 1 + row 2) is exactly 0', () => {
    expect(
      integerDeterminant([
        [-152, -53, -87],
        [-37, 30, -91],
        [-189, -23, -178],
      ]),
    ).toBe(0);
  });

  it('exact values, a zero pivot needing a row swap, and null for non-integers', () => {
    expect(
      integerDeterminant([
        [2, 0, 1],
        [1, 3, 2],
        [1, 1, 2],
      ]),
    ).toBe(6);
    expect(
      integerDeterminant([
        [0, 1],
        [1, 0],
      ]),
    ).toBe(-1);
    expect(integerDeterminant([[7]])).toBe(7);
    expect(
      integerDeterminant([
        [1, 0.5],
        [0, 1],
      ]),
    ).toBeNull();
  });

  it('agrees with cofactor expansion on random integer 4 × 4 matrices with entries ≤ 200', () => {
    const det = (a: number[][]): number =>
      a.length === 1
        ? a[0][0]
        : a[0].reduce(
            (s, x, j) => s + (j % 2 ? -1 : 1) * x * det(a.slice(1).map((r) => r.filter((_, c) => c !== j))),
            0,
          );
    const int = fc.integer({ min: -200, max: 200 });
    fc.assert(
      fc.property(
        fc.array(fc.array(int, { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }),
        (a) => {
          expect(integerDeterminant(a)).toBe(det(a));
        },
      ),
      { seed: 1705, numRuns: 200 },
    );
  });

  it('triangularEigenvalues: a shear gives exactly [1, 1]; a full matrix gives null', () => {
    expect(
      triangularEigenvalues([
        [1, 1],
        [0, 1],
      ]),
    ).toEqual([1, 1]);
    expect(
      triangularEigenvalues([
        [2, 0, 0],
        [5, -1, 0],
        [1, 1, 3],
      ]),
    ).toEqual([3, 2, -1]);
    expect(
      triangularEigenvalues([
        [1, 2],
        [3, 4],
      ]),
    ).toBeNull();
  });
});
