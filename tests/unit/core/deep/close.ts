// Comparison helpers for the ml.json fixtures: |actual − expected| ≤ max(rel·|expected|, abs).
import { expect } from 'vitest';

export function expectClose(actual: number, expected: number, rel: number, abs: number, what: string): void {
  const tol = Math.max(rel * Math.abs(expected), abs);
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

export function expectMatrixClose(
  actual: number[][],
  expected: number[][],
  rel: number,
  abs: number,
  what: string,
): void {
  expect(actual.length, `${what}: rows`).toBe(expected.length);
  expected.forEach((row, i) => {
    expect(actual[i].length, `${what}: row ${i} length`).toBe(row.length);
    row.forEach((x, j) => expectClose(actual[i][j], x, rel, abs, `${what}[${i}][${j}]`));
  });
}
