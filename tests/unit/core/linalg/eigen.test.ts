import { describe, expect, it } from 'vitest';
import {
  characteristicPolynomial,
  eigenConditioning,
  eigenPairs,
  eigenvalues,
  evaluatePolynomial,
  frobeniusNorm,
  isNearDefective,
  matMul,
  svd,
  transposeMatrix,
  NEAR_DEFECTIVE_CONDITION,
  type EigenPair,
  type Matrix,
} from '../../../../src/core/linalg/index';

/** Q·J·Qᵀ for an orthogonal Q that is not a permutation: hides the Jordan structure from the QR iteration. */
function rotated(j: Matrix): Matrix {
  const n = j.length;
  const seed = [
    [1, 2, 0.5],
    [0.3, -1, 2],
    [1, 1, 1],
  ]
    .slice(0, n)
    .map((row) => row.slice(0, n));
  const q = svd(seed).u;
  return matMul(matMul(q, j), transposeMatrix(q));
}

function residual(a: Matrix, p: EigenPair): number {
  let sum = 0;
  a.forEach((row, i) => {
    const re = row.reduce((s, x, j) => s + x * p.re[j], 0) - (p.value[0] * p.re[i] - p.value[1] * p.im[i]);
    const im = row.reduce((s, x, j) => s + x * p.im[j], 0) - (p.value[0] * p.im[i] + p.value[1] * p.re[i]);
    sum += re * re + im * im;
  });
  return Math.sqrt(sum);
}

describe('eigenvalues(A)', () => {
  it('eigenvalues([[1e8, 0], [1, 1e-8]]) keeps the small root to 1e-15 relative (Vieta, no cancellation)', () => {
    const [[big], [small]] = eigenvalues([
      [1e8, 0],
      [1, 1e-8],
    ]);
    expect(big).toBe(1e8);
    expect(Math.abs(small - 1e-8) / 1e-8).toBeLessThanOrEqual(1e-15);
  });

  it('eigenvalues([[0, -1], [1, 0]]) = [[0, 1], [0, -1]]: conjugate pair, +i first', () => {
    expect(
      eigenvalues([
        [0, -1],
        [1, 0],
      ]),
    ).toEqual([
      [0, 1],
      [0, -1],
    ]);
  });

  it('eigenvalues(cyclic permutation) = 1, −½ ± (√3/2)i (needs the exceptional shift) to 1e-14', () => {
    const ev = eigenvalues([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    const expected = [
      [1, 0],
      [-0.5, Math.sqrt(3) / 2],
      [-0.5, -Math.sqrt(3) / 2],
    ];
    ev.forEach(([re, im], i) => {
      expect(re).toBeCloseTo(expected[i][0], 14);
      expect(im).toBeCloseTo(expected[i][1], 14);
    });
  });

  it('eigenvalues(companion of (λ−1)(λ−2)(λ−3)(λ−4)) = 4, 3, 2, 1 to 1e-12 (any n)', () => {
    // p(λ) = λ⁴ − 10λ³ + 35λ² − 50λ + 24.
    const c = [
      [10, -35, 50, -24],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
    ];
    eigenvalues(c).forEach(([re, im], i) => {
      expect(re).toBeCloseTo(4 - i, 12);
      expect(im).toBe(0);
    });
  });

  it('eigenvalues(Q·J₃(2)·Qᵀ), a hidden 3×3 Jordan block, are within 1e-5‖A‖ of 2', () => {
    const a = rotated([
      [2, 1, 0],
      [0, 2, 1],
      [0, 0, 2],
    ]);
    for (const [re, im] of eigenvalues(a))
      expect(Math.hypot(re - 2, im)).toBeLessThanOrEqual(1e-5 * frobeniusNorm(a));
  });

  it('eigenvalues(2ᵏA) = 2ᵏ·eigenvalues(A) exactly for k = ±700', () => {
    const a = [
      [-0.111, 0.021, -2.283],
      [-0.993, 0.524, 0.438],
      [-0.654, 1.23, -0.136],
    ];
    const base = eigenvalues(a);
    for (const k of [-700, 700]) {
      const s = 2 ** k;
      expect(eigenvalues(a.map((row) => row.map((x) => x * s)))).toEqual(
        base.map(([re, im]) => [re * s, im * s]),
      );
    }
  });
});

describe('eigenPairs(A)', () => {
  it('eigenPairs(I₃) gives three orthonormal eigenvectors', () => {
    const pairs = eigenPairs([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    const v = pairs.map((p) => p.re);
    const gram = v.map((x) => v.map((y) => x.reduce((s, t, i) => s + t * y[i], 0)));
    gram.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(i === j ? 1 : 0, 15)));
  });

  it('eigenPairs(Q·diag(2, 2, 5)·Qᵀ) gives independent vectors for the double eigenvalue', () => {
    const a = rotated([
      [2, 0, 0],
      [0, 2, 0],
      [0, 0, 5],
    ]);
    const pairs = eigenPairs(a);
    for (const p of pairs) expect(residual(a, p)).toBeLessThanOrEqual(1e-14 * frobeniusNorm(a));
    expect(eigenConditioning(a, pairs).eigenvectorCondition).toBeLessThan(1 + 1e-9);
  });

  it('eigenPairs([[1, 1.5], [0, 1]]) (defective) repeats the single eigenvector (1, 0)', () => {
    const pairs = eigenPairs([
      [1, 1.5],
      [0, 1],
    ]);
    for (const p of pairs) {
      expect(p.re).toEqual([1, 0]);
      expect(p.im).toEqual([0, 0]);
    }
  });

  it('eigenPairs([[0, -1], [1, 0]]) gives conjugate vectors (1, ∓i)/√2 with the first component real positive', () => {
    const [p, q] = eigenPairs([
      [0, -1],
      [1, 0],
    ]);
    expect(p.re[0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(p.im[0]).toBe(0);
    expect(p.im[1]).toBeCloseTo(-Math.SQRT1_2, 15);
    expect(q.re).toEqual(p.re);
    expect(q.im).toEqual(p.im.map((x) => -x + 0));
  });

  it('eigenPairs(A, values) follows the order of the given values', () => {
    const a = [
      [2, 0],
      [0, -3],
    ];
    const pairs = eigenPairs(a, [
      [-3, 0],
      [2, 0],
    ]);
    expect(pairs.map((p) => p.value[0])).toEqual([-3, 2]);
    expect(Math.abs(pairs[0].re[1])).toBe(1);
  });
});

describe('eigenConditioning(A) and isNearDefective(A)', () => {
  const cases: [string, Matrix, boolean][] = [
    [
      'identity',
      [
        [1, 0],
        [0, 1],
      ],
      false,
    ],
    [
      'diag(1, 1 + 1e-9)',
      [
        [1, 0],
        [0, 1 + 1e-9],
      ],
      false,
    ],
    [
      'rotation',
      [
        [0, -1],
        [1, 0],
      ],
      false,
    ],
    [
      'Jordan J₂(1)',
      [
        [1, 1],
        [0, 1],
      ],
      true,
    ],
    [
      '[[1, 1], [0, 1 + 1e-9]]',
      [
        [1, 1],
        [0, 1 + 1e-9],
      ],
      true,
    ],
    [
      '[[1, 1], [−1e-20, 1]] (complex pair 1e-10 apart)',
      [
        [1, 1],
        [-1e-20, 1],
      ],
      true,
    ],
    [
      'Q·J₂(3)·Qᵀ',
      rotated([
        [3, 1],
        [0, 3],
      ]),
      true,
    ],
    [
      'Q·J₃(2)·Qᵀ',
      rotated([
        [2, 1, 0],
        [0, 2, 1],
        [0, 0, 2],
      ]),
      true,
    ],
    [
      'Q·diag(2, 2, 5)·Qᵀ',
      rotated([
        [2, 0, 0],
        [0, 2, 0],
        [0, 0, 5],
      ]),
      false,
    ],
  ];
  it.each(cases.map(([name, a, expected]) => ({ name, a, expected })))(
    'isNearDefective($name) = $expected',
    ({ a, expected }) => {
      expect(isNearDefective(a)).toBe(expected);
    },
  );

  it('eigenConditioning(J₂(1)) has κ(V) = ∞ and gap 0; diag(3, 1) has κ = 1 and gap 2/√10', () => {
    const j = eigenConditioning([
      [1, 1],
      [0, 1],
    ]);
    expect(j.eigenvectorCondition).toBe(Infinity);
    expect(j.minRelativeGap).toBe(0);
    const d = eigenConditioning([
      [3, 0],
      [0, 1],
    ]);
    expect(d.eigenvectorCondition).toBeCloseTo(1, 14);
    expect(d.minRelativeGap).toBeCloseTo(2 / Math.sqrt(10), 15);
    expect(NEAR_DEFECTIVE_CONDITION).toBe(1e6);
  });
});

describe('characteristicPolynomial(A)', () => {
  it('characteristicPolynomial([[2, 1], [1, 3]]) = [1, −5, 5]', () => {
    const p = characteristicPolynomial([
      [2, 1],
      [1, 3],
    ]);
    [1, -5, 5].forEach((c, i) => expect(p[i]).toBeCloseTo(c, 14));
  });

  it('characteristicPolynomial([[4,1,2],[1,3,0],[2,0,5]]) = [1, −12, 42, −43]', () => {
    const p = characteristicPolynomial([
      [4, 1, 2],
      [1, 3, 0],
      [2, 0, 5],
    ]);
    [1, -12, 42, -43].forEach((c, i) => expect(p[i]).toBeCloseTo(c, 12));
  });

  it('evaluatePolynomial(charpoly(A), λ) ≈ 0 at every eigenvalue, complex ones included (1e-12)', () => {
    const a = [
      [-0.957, 1.447, 1.055],
      [-0.407, -1.391, -1.934],
      [0.128, -0.161, -1.12],
    ];
    const p = characteristicPolynomial(a);
    for (const lambda of eigenvalues(a))
      expect(Math.hypot(...evaluatePolynomial(p, lambda))).toBeLessThanOrEqual(1e-12);
  });

  it('characteristicPolynomial(4×4) throws a RangeError', () => {
    const a = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
    expect(() => characteristicPolynomial(a)).toThrow(RangeError);
    expect(characteristicPolynomial([[7]])).toEqual([1, -7]);
  });
});
