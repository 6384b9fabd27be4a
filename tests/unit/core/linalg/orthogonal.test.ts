// gramSchmidt, qrDecompose and projectionMatrix against tests/fixtures/ml.json: dropped indices exact;
// unit vectors and projectors 1e-9 absolute; R 1e-9 × max|A|. Then the defining properties on random
// matrices (fast-check, fixed seeds): QᵀQ = I, A = QR, P² = P = Pᵀ.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../../fixtures/ml.json';
import {
  gramSchmidt,
  gramSchmidtSteps,
  matMul,
  numpyRankTolerance,
  projectionMatrix,
  projectVector,
  qrDecompose,
  subspacesOf,
  thinSvd,
  transposeMatrix,
  type Matrix,
} from '../../../../src/core/linalg/index';
import { expectMatrixClose } from '../deep/close';

interface Fixture {
  linearAlgebra: {
    gramSchmidt: { vectors: Matrix; tol: number | null; basis: Matrix; dropped: number[] }[];
    qr: { A: Matrix; Q: Matrix; R: Matrix }[];
    projection: { A: Matrix; P: Matrix; rank: number }[];
  };
}
const la = (fixture as unknown as Fixture).linearAlgebra;
const maxAbs = (m: Matrix) => Math.max(...m.flat().map(Math.abs));
const identity = (n: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));

describe('gramSchmidt(vectors, tol) against the fixtures', () => {
  it.each(la.gramSchmidt.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const r = c.tol === null ? gramSchmidt(c.vectors) : gramSchmidt(c.vectors, c.tol);
    expect(r.dropped).toEqual(c.dropped);
    expectMatrixClose(r.basis, c.basis, 0, 1e-9, 'basis');
  });

  it('tol is relative to the largest input norm: a 1e-6 wobble is kept at 1e-10, dropped at 1e-3', () => {
    const vs = [
      [1e6, 0, 0],
      [2e6, 1, 0],
    ];
    expect(gramSchmidt(vs).dropped).toEqual([]);
    expect(gramSchmidt(vs, 1e-3).dropped).toEqual([1]);
    // The same vectors scaled by 1e-9 give the same answers.
    const small = vs.map((v) => v.map((x) => x * 1e-9));
    expect(gramSchmidt(small).dropped).toEqual([]);
    expect(gramSchmidt(small, 1e-3).dropped).toEqual([1]);
  });

  it('the steps report the projections subtracted: v = Σ cⱼqⱼ + residual', () => {
    const vs = [
      [1, 1, 0],
      [1, 0, 1],
      [2, 1, 1],
    ];
    const steps = gramSchmidtSteps(vs);
    const basis = gramSchmidt(vs).basis;
    expect(steps.map((s) => s.kept)).toEqual([true, true, false]);
    steps.forEach((s, k) => {
      const rebuilt = s.residual.map(
        (x, i) => x + s.coefficients.reduce((t, c, j) => t + c * basis[j][i], 0),
      );
      rebuilt.forEach((x, i) => expect(x).toBeCloseTo(vs[k][i], 12));
    });
  });

  it('throws a RangeError on no vectors, vectors of different lengths, or a negative tolerance', () => {
    expect(() => gramSchmidt([])).toThrow(RangeError);
    expect(() => gramSchmidt([[1, 2], [1]])).toThrow(RangeError);
    expect(() => gramSchmidt([[1, 2]], -1)).toThrow(RangeError);
  });
});

describe('qrDecompose(A) against the fixtures', () => {
  it.each(la.qr.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    const { Q, R } = qrDecompose(c.A);
    expectMatrixClose(Q, c.Q, 0, 1e-9, 'Q');
    expectMatrixClose(R, c.R, 0, 1e-9 * maxAbs(c.A), 'R');
  });
});

describe('projectionMatrix(A) against the fixtures', () => {
  it.each(la.projection.map((c, i) => [i, c] as const))('case %i', (_, c) => {
    expectMatrixClose(projectionMatrix(c.A), c.P, 0, 1e-9, 'P');
    expect(subspacesOf(c.A).rank).toBe(c.rank);
  });
});

const entry = fc.double({ min: -10, max: 10, noNaN: true }).map((x) => (Math.abs(x) < 1e-6 ? 0 : x));
const rect = fc
  .record({ m: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 1, max: 6 }) })
  .chain(({ m, n }) =>
    fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
  );
/** A random matrix of rank ≤ r: a product of m × r and r × n factors. */
const lowRank = fc
  .record({
    m: fc.integer({ min: 2, max: 6 }),
    n: fc.integer({ min: 2, max: 6 }),
    r: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ m, n, r }) =>
    fc
      .tuple(
        fc.array(fc.array(entry, { minLength: r, maxLength: r }), { minLength: m, maxLength: m }),
        fc.array(fc.array(entry, { minLength: n, maxLength: n }), { minLength: r, maxLength: r }),
      )
      .map(([a, b]) => matMul(a, b)),
  );

describe('QR and projection properties', () => {
  it('qrDecompose: QᵀQ = I (1e-12), A = QR (1e-12 × max|A|), R upper triangular with diag(R) ≥ 0', () => {
    fc.assert(
      fc.property(rect, (A) => {
        const { Q, R } = qrDecompose(A);
        const k = Math.min(A.length, A[0].length);
        expectMatrixClose(matMul(transposeMatrix(Q), Q), identity(k), 0, 1e-12, 'QᵀQ');
        expectMatrixClose(matMul(Q, R), A, 0, 1e-12 * Math.max(1, maxAbs(A)), 'QR');
        R.forEach((row, i) => {
          expect(row[i]).toBeGreaterThanOrEqual(0);
          for (let j = 0; j < i; j++) expect(row[j]).toBe(0);
        });
      }),
      { seed: 1701, numRuns: 300 },
    );
  });

  it('projectionMatrix: P² = P and Pᵀ = P (1e-12), PA = A, trace P = rank, for any rank', () => {
    fc.assert(
      fc.property(fc.oneof(rect, lowRank), (A) => {
        const P = projectionMatrix(A);
        expectMatrixClose(matMul(P, P), P, 0, 1e-12, 'P²');
        expectMatrixClose(transposeMatrix(P), P, 0, 1e-15, 'Pᵀ');
        expectMatrixClose(matMul(P, A), A, 0, 1e-11 * Math.max(1, maxAbs(A)), 'PA');
        const trace = P.reduce((s, row, i) => s + row[i], 0);
        expect(trace).toBeCloseTo(subspacesOf(A).rank, 10);
      }),
      { seed: 1702, numRuns: 300 },
    );
  });

  it('subspacesOf: rank + nullity = n, A·(null vector) = 0, and the rank follows max(m, n)·ε·σ₁', () => {
    fc.assert(
      fc.property(fc.oneof(rect, lowRank), (A) => {
        const [m, n] = [A.length, A[0].length];
        const s = subspacesOf(A);
        expect(s.rank + s.nullSpace.length).toBe(n);
        expect(s.columnSpace).toHaveLength(s.rank);
        const sigma = thinSvd(A).sigma;
        expect(s.tolerance).toBe(numpyRankTolerance(m, n, sigma[0]));
        for (const z of s.nullSpace) {
          for (const row of A) {
            const y = row.reduce((t, x, j) => t + x * z[j], 0);
            expect(Math.abs(y)).toBeLessThanOrEqual(1e-12 * Math.max(1, sigma[0]) * n);
          }
        }
      }),
      { seed: 1703, numRuns: 300 },
    );
  });

  it('the numerical review cases: [[1,2,3],[4,5,6],[7,8,9]]·1e7 has rank 2, [[1,2,3],[2,4,6],[3,6,9]]·1e6 rank 1, diag(1e-11, 1e-11) rank 2', () => {
    const scale = (a: Matrix, s: number) => a.map((row) => row.map((x) => x * s));
    expect(
      subspacesOf(
        scale(
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
          1e7,
        ),
      ).rank,
    ).toBe(2);
    expect(
      subspacesOf(
        scale(
          [
            [1, 2, 3],
            [2, 4, 6],
            [3, 6, 9],
          ],
          1e6,
        ),
      ).rank,
    ).toBe(1);
    expect(
      subspacesOf([
        [1e-11, 0],
        [0, 1e-11],
      ]).rank,
    ).toBe(2);
  });

  it('a 2 × 3 map squashes ℝ³ onto ℝ² with a null line; a 3 × 2 map lifts ℝ² onto a plane', () => {
    const squash = subspacesOf([
      [1, 0, 1],
      [0, 1, 1],
    ]);
    expect([squash.rank, squash.nullSpace.length]).toEqual([2, 1]);
    const lift = subspacesOf([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    expect([lift.rank, lift.nullSpace.length, lift.columnSpace.length]).toEqual([2, 0, 2]);
  });

  it('projectVector: the residual is perpendicular to the columns of A', () => {
    const A = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const { projection, residual } = projectVector(A, [1, 2, 7]);
    for (let j = 0; j < 2; j++)
      expect(A.reduce((t, row, i) => t + row[j] * residual[i], 0)).toBeCloseTo(0, 12);
    projection.forEach((x, i) => expect(x + residual[i]).toBeCloseTo([1, 2, 7][i], 14));
  });

  it('qrDecompose and projectionMatrix throw a RangeError on ragged or non-finite input', () => {
    expect(() => qrDecompose([[1, 2], [3]])).toThrow(RangeError);
    expect(() => projectionMatrix([[NaN]])).toThrow(RangeError);
  });
});
