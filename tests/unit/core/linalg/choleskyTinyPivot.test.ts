// cholesky with a pivot far below the matrix's scale (a typed 1e-320 beside entries near 1): the answer is a
// message in finite words, never a −Infinity pivot in the text nor an L holding NaN or ±Infinity.
import { describe, expect, it } from 'vitest';
import { cholesky } from '../../../../src/core';

const finiteL = (r: ReturnType<typeof cholesky>) =>
  'L' in r && r.L.every((row) => row.every(Number.isFinite));

describe('cholesky: a pivot below rounding of the matrix scale', () => {
  it('2×2 [[1e-320, 0.5], [0.5, 1]]: a message without Infinity or NaN', () => {
    const r = cholesky([
      [1e-320, 0.5],
      [0.5, 1],
    ]);
    expect('error' in r).toBe(true);
    if ('error' in r) {
      expect(r.error).not.toMatch(/Infinity|NaN/);
      expect(r.error).toMatch(/pivot 1 is 0/);
    }
  });

  it('3×3 [[1e-320, 0, 0.5], [0, 1, 0], [0.5, 0, 1]] (indefinite) is refused, not factored into NaN', () => {
    const r = cholesky([
      [1e-320, 0, 0.5],
      [0, 1, 0],
      [0.5, 0, 1],
    ]);
    // det of the {1,3} block is 1e-320 − 0.25 < 0, so no real L exists; before, L came back full of NaN.
    expect(finiteL(r)).toBe(false);
    expect('error' in r && r.error).toMatch(/pivot 1 is 0/);
  });

  it('a well-scaled SPD matrix with a small first pivot still factors (tolerance is n·ε·max|aᵢⱼ|)', () => {
    const r = cholesky([
      [1e-6, 0],
      [0, 1],
    ]);
    expect(finiteL(r)).toBe(true);
  });

  it('every pivot at or below n·ε·max|aᵢⱼ| is 0 to rounding, on a whole scaled matrix too', () => {
    // Scaling A by 1e-300 scales every pivot alike: still factored, since the test is relative.
    const r = cholesky([
      [4e-300, 2e-300],
      [2e-300, 3e-300],
    ]);
    expect(finiteL(r)).toBe(true);
  });
});
