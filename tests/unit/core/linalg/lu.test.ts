import { describe, expect, it } from 'vitest';
import {
  analyzeMatrix,
  coordinatesInBasis,
  determinant,
  identityMatrix,
  inverseMatrix,
  luDecompose,
  luSolve,
  matMul,
  matVec,
  matrixInBasis,
  type Matrix,
} from '../../../../src/core/linalg/index';

const a3 = [
  [2, -1, 0],
  [-1, 2, -1],
  [0, -1, 2],
];

describe('determinant(A) and luSolve', () => {
  it('determinant([[0, 1], [1, 0]]) = −1 (one row swap)', () => {
    expect(
      determinant([
        [0, 1],
        [1, 0],
      ]),
    ).toBe(-1);
  });

  it('determinant(tridiag(−1, 2, −1)) = 4 and of a matrix with a zero column = 0 (not −0)', () => {
    expect(determinant(a3)).toBeCloseTo(4, 14);
    expect(
      Object.is(
        determinant([
          [0, 1],
          [0, -1],
        ]),
        0,
      ),
    ).toBe(true);
  });

  it('luSolve(luDecompose(A), b) solves Ax = b to 1e-15', () => {
    const b = [1, 0, 1];
    const x = luSolve(luDecompose(a3), b);
    matVec(a3, x).forEach((y, i) => expect(y).toBeCloseTo(b[i], 15));
    [1, 1, 1].forEach((e, i) => expect(x[i]).toBeCloseTo(e, 15));
  });
});

describe('inverseMatrix(A)', () => {
  it('inverseMatrix(tridiag(−1, 2, −1)) = [[3,2,1],[2,4,2],[1,2,3]]/4 (1e-15)', () => {
    const inv = inverseMatrix(a3)!;
    const expected = [
      [3, 2, 1],
      [2, 4, 2],
      [1, 2, 3],
    ];
    inv.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(expected[i][j] / 4, 15)));
  });

  it('inverseMatrix(A) is null exactly when analyzeMatrix(A).rank < n, at the 2·ε·σ₁ boundary too', () => {
    const tiny = (e: number): Matrix => [
      [1, 0],
      [0, e],
    ];
    // NumPy's cut-off for σ = (1, e) is 2ε ≈ 4.4e-16.
    expect(inverseMatrix(tiny(1e-16))).toBeNull();
    expect(analyzeMatrix(tiny(1e-16)).rank).toBe(1);
    expect(inverseMatrix(tiny(1e-15))).not.toBeNull();
    expect(analyzeMatrix(tiny(1e-15)).rank).toBe(2);
    expect(analyzeMatrix(tiny(1e-11)).rank).toBe(2);
  });
});

describe('change of basis', () => {
  const b = [
    [1, 1],
    [0, 2],
  ];

  it('coordinatesInBasis([3, 4], [[1, 1], [0, 2]]) = [1, 2] (B·c = v)', () => {
    const c = coordinatesInBasis([3, 4], b);
    expect(c[0]).toBeCloseTo(1, 15);
    expect(c[1]).toBeCloseTo(2, 15);
  });

  it('matrixInBasis(A, B) = B⁻¹AB; with B = eigenvectors it is diagonal', () => {
    const a = [
      [2, 1],
      [1, 2],
    ];
    const eig = [
      [1, 1],
      [1, -1],
    ];
    const d = matrixInBasis(a, eig);
    [
      [3, 0],
      [0, 1],
    ].forEach((row, i) => row.forEach((x, j) => expect(d[i][j]).toBeCloseTo(x, 15)));
    // B·[A]_B = A·B.
    const lhs = matMul(b, matrixInBasis(a, b));
    const rhs = matMul(a, b);
    lhs.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(rhs[i][j], 14)));
  });

  it('matrixInBasis(A, I) = A', () => {
    expect(matrixInBasis(a3, identityMatrix(3))).toEqual(a3);
  });

  it('coordinatesInBasis(v, dependent B) throws a RangeError', () => {
    expect(() =>
      coordinatesInBasis(
        [1, 2],
        [
          [1, 2],
          [2, 4],
        ],
      ),
    ).toThrow(/linearly dependent/);
    expect(() =>
      matrixInBasis(a3, [
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(RangeError);
  });
});
