// Every case of tests/fixtures/linalg.json (NumPy float64 reference values), with the tolerances of
// tests/fixtures/README.md. Vectors are checked by their defining equations, never by sign.
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/linalg.json';
import {
  analyzeMatrix,
  eigenPairs,
  frobeniusNorm,
  isNearDefective,
  matMul,
  nullSpace,
  columnSpace,
  svd,
  transposeMatrix,
  type EigenPair,
  type Matrix,
} from '../../../../src/core/linalg/index';

interface Case {
  label: string;
  A: Matrix;
  det: number;
  trace: number;
  rank: number;
  inverse: Matrix | null;
  eigenvalues: [number, number][];
  singularValues: number[];
  nullity: number;
}
const cases = (fixture as unknown as { cases: Case[] }).cases;

// The fixture has no "defective" field: these are the two Jordan-block cases (a repeated eigenvalue
// with a single eigenvector). A test below checks that isNearDefective flags exactly these.
const DEFECTIVE = new Set(['shear', 'defective3']);

/** |actual − expected| ≤ max(rel·|expected|, abs). */
function expectClose(actual: number, expected: number, rel: number, abs: number, what: string): void {
  const tol = Math.max(rel * Math.abs(expected), abs);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

/** ‖Av − λv‖₂ for a complex eigenpair. */
function residual(a: Matrix, p: EigenPair): number {
  let sum = 0;
  a.forEach((row, i) => {
    const re = row.reduce((s, x, j) => s + x * p.re[j], 0) - (p.value[0] * p.re[i] - p.value[1] * p.im[i]);
    const im = row.reduce((s, x, j) => s + x * p.im[j], 0) - (p.value[0] * p.im[i] + p.value[1] * p.re[i]);
    sum += re * re + im * im;
  });
  return Math.sqrt(sum);
}

function maxAbsDiff(x: Matrix, y: Matrix): number {
  return Math.max(...x.flatMap((row, i) => row.map((v, j) => Math.abs(v - y[i][j]))));
}

describe.each(cases)('analyzeMatrix($label)', (c) => {
  const r = analyzeMatrix(c.A);
  const scale = Math.max(1, frobeniusNorm(c.A));

  it('.det and .trace match to 1e-9 relative (1e-12 absolute near 0)', () => {
    expectClose(r.det, c.det, 1e-9, 1e-12, 'det');
    expectClose(r.trace, c.trace, 1e-9, 1e-12, 'trace');
  });

  it('.singularValues match to 1e-9 relative (1e-12 absolute near 0)', () => {
    expect(r.singularValues).toHaveLength(c.singularValues.length);
    r.singularValues.forEach((s, i) => expectClose(s, c.singularValues[i], 1e-9, 1e-12, `σ${i + 1}`));
  });

  it('.rank is exact and .inverse is null exactly when rank < n', () => {
    expect(r.rank).toBe(c.rank);
    expect(r.inverse === null).toBe(c.inverse === null);
  });

  it('.inverse matches to 1e-7 relative', () => {
    if (c.inverse === null) return;
    const inv = c.inverse;
    const size = Math.max(...inv.flat().map(Math.abs));
    r.inverse!.forEach((row, i) =>
      row.forEach((x, j) => expectClose(x, inv[i][j], 1e-7, 1e-7 * size, `inv[${i}][${j}]`)),
    );
  });

  const eigTol = DEFECTIVE.has(c.label) ? '1e-5 scaled (defective)' : '1e-9 (well separated)';
  it(`.eigenvalues match, sorted, to ${eigTol}`, () => {
    expect(r.eigenvalues).toHaveLength(c.eigenvalues.length);
    r.eigenvalues.forEach(([re, im], i) => {
      const [er, ei] = c.eigenvalues[i];
      const err = Math.hypot(re - er, im - ei);
      const tol = DEFECTIVE.has(c.label) ? 1e-5 * scale : Math.max(1e-9 * Math.hypot(er, ei), 1e-12);
      expect(err, `λ${i + 1} = ${re} + ${im}i vs ${er} + ${ei}i`).toBeLessThanOrEqual(tol);
    });
  });

  it('eigenPairs(A) satisfy ‖Av − λv‖ ≤ 1e-12‖A‖ with ‖v‖ = 1', () => {
    for (const p of eigenPairs(c.A)) {
      expect(Math.hypot(...p.re, ...p.im)).toBeCloseTo(1, 12);
      expect(residual(c.A, p)).toBeLessThanOrEqual(1e-12 * scale);
    }
  });

  it('svd(A) gives A = UΣVᵀ with UᵀU = VᵀV = I (1e-12)', () => {
    const { u, sigma, v } = svd(c.A);
    const us = u.map((row) => row.map((x, j) => x * sigma[j]));
    expect(maxAbsDiff(matMul(us, transposeMatrix(v)), c.A)).toBeLessThanOrEqual(1e-12 * scale);
    const eye = c.A.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
    expect(maxAbsDiff(matMul(transposeMatrix(u), u), eye)).toBeLessThanOrEqual(1e-12);
    expect(maxAbsDiff(matMul(transposeMatrix(v), v), eye)).toBeLessThanOrEqual(1e-12);
  });

  it('nullSpace(A) has the fixture nullity, columnSpace(A) the rank, and A·x ≈ 0 on the null space', () => {
    const ns = nullSpace(c.A);
    expect(ns).toHaveLength(c.nullity);
    expect(columnSpace(c.A)).toHaveLength(c.rank);
    for (const x of ns) {
      const ax = c.A.map((row) => row.reduce((s, a, j) => s + a * x[j], 0));
      expect(Math.hypot(...ax)).toBeLessThanOrEqual(1e-12 * scale);
    }
  });
});

describe('isNearDefective(A) on the fixtures', () => {
  it('flags exactly the Jordan-block cases', () => {
    const flagged = cases.filter((c) => isNearDefective(c.A)).map((c) => c.label);
    expect(new Set(flagged)).toEqual(DEFECTIVE);
  });
});
