// The linear algebra page's own math helpers (no DOM): animation frames, labels, TeX, sentences.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matMul, matrixReport, type Matrix } from '../../src/core';
import {
  factorsOf,
  frameMatrix,
  newM3,
  rotationFraction,
  rotationOf,
  toM3,
  type M3,
} from '../../src/pages/LinearAlgebra/motion';
import { eigenDirections } from '../../src/pages/LinearAlgebra/sceneData';
import { rotationSentence, singularReason } from '../../src/pages/LinearAlgebra/explain';
import { texEigenvalues, texNumber, texPolynomial, texSpan } from '../../src/pages/LinearAlgebra/linalgTex';
import { formatEigenvalues } from '../../src/pages/LinearAlgebra/format';
import { PRESETS, presetMatrix } from '../../src/pages/LinearAlgebra/presets';
import { DEFAULT_VIEW, resize, type LinalgView } from '../../src/stores/linalg/view';

const TOL = 1e-9;
const at = (view: Partial<LinalgView>, t: number): M3 =>
  frameMatrix({ ...DEFAULT_VIEW, ...view }, t, newM3());
const expectM3 = (got: M3, want: Matrix, tol = TOL) =>
  Array.from(toM3(want)).forEach((x, k) => expect(Math.abs(got[k] - x)).toBeLessThan(tol));

const isRotation = (r: M3): boolean => {
  const m = [0, 1, 2].map((i) => [0, 1, 2].map((j) => r[3 * i + j]));
  const rtr = matMul(
    m[0].map((_, j) => m.map((row) => row[j])),
    m,
  );
  return rtr.every((row, i) => row.every((x, j) => Math.abs(x - (i === j ? 1 : 0)) < 1e-9));
};

const entries = (n: number) =>
  fc
    .array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n })
    .map((xs) => Array.from({ length: n }, (_, i) => xs.slice(i * n, i * n + n)));

describe('frameMatrix(view, t, out): the matrix on screen at time t', () => {
  const A = [
    [3, -1],
    [2, 0.5],
  ];
  const B = [
    [0, -1],
    [1, 0],
  ];

  it('transform: I at t = 0, A at t = 1, (I + A)/2 halfway', () => {
    expectM3(at({ a: A }, 0), [
      [1, 0],
      [0, 1],
    ]);
    expectM3(at({ a: A }, 1), A);
    expectM3(at({ a: A }, 0.5), [
      [2, -0.5],
      [1, 0.75],
    ]);
  });

  it('compose "B then A": B at t = ½, AB at t = 1', () => {
    expectM3(at({ mode: 'compose', a: A, b: B }, 0.5), B);
    expectM3(at({ mode: 'compose', a: A, b: B }, 1), matMul(A, B));
  });

  it('SVD: Vᵀ (a rotation) at ⅓, ΣVᵀ at ⅔, A at 1', () => {
    const r = at({ mode: 'svd', a: A }, 1 / 3);
    expect(isRotation(r)).toBe(true);
    expectM3(at({ mode: 'svd', a: A }, 1), A);
    const { sigma, vtFlat } = factorsOf(A).svd;
    const sv = at({ mode: 'svd', a: A }, 2 / 3);
    for (let j = 0; j < 2; j++) expect(sv[j]).toBeCloseTo(sigma[0] * vtFlat[j], 9);
  });

  it('angle interpolation of a rotation by 120° stays a rotation all the way (no shrinking)', () => {
    const c = Math.cos((2 * Math.PI) / 3);
    const s = Math.sin((2 * Math.PI) / 3);
    const R = [
      [c, -s],
      [s, c],
    ];
    for (const t of [0.1, 0.5, 0.9]) {
      const m = at({ a: R, interp: 'angle' }, t);
      expect(isRotation(m)).toBe(true);
      expect(Math.atan2(m[3], m[0])).toBeCloseTo((t * 2 * Math.PI) / 3, 9);
    }
    // Linear interpolation, by contrast, passes through a shrunken matrix.
    expect(isRotation(at({ a: R }, 0.5))).toBe(false);
  });

  it('a matrix with det < 0 has no polar rotation, and the angle option falls back to entrywise', () => {
    const F = [
      [1, 0],
      [0, -2],
    ];
    expect(factorsOf(F).polar).toBeNull();
    expectM3(at({ a: F, interp: 'angle' }, 0.5), [
      [1, 0],
      [0, -0.5],
    ]);
  });

  it('basis: the grid morphs from I to P; PCA shows the plain grid', () => {
    expectM3(at({ mode: 'basis', basis: A }, 1), A);
    expectM3(at({ mode: 'pca' }, 0.3), [
      [1, 0],
      [0, 1],
    ]);
  });

  it.each([2, 3])('for random n×n A, n = %i: SVD and polar paths end exactly at A (fast-check)', (n) => {
    fc.assert(
      fc.property(entries(n), (a) => {
        const base = n === 2 ? DEFAULT_VIEW : resize(DEFAULT_VIEW, 3);
        expectM3(frameMatrix({ ...base, mode: 'svd', a }, 1, newM3()), a, 1e-8);
        expect(isRotation(frameMatrix({ ...base, mode: 'svd', a }, 1 / 3, newM3()))).toBe(true);
        if (factorsOf(a).polar) expectM3(frameMatrix({ ...base, a, interp: 'angle' }, 1, newM3()), a, 1e-8);
      }),
      { numRuns: 150 },
    );
  });

  it('rotationFraction(rotationOf(R), 1) = R for random 3D rotations (quaternion round trip)', () => {
    fc.assert(
      fc.property(entries(3), (a) => {
        const { u } = factorsOf(a).svd;
        const r = rotationFraction(u, 1, newM3());
        expect(isRotation(r)).toBe(true);
        const again = rotationOf(r);
        expect(again.angle).toBeCloseTo(u.angle, 9);
      }),
      { numRuns: 100 },
    );
  });
});

describe('eigenDirections(result)', () => {
  it('one line per real eigenvector, none for a rotation', () => {
    expect(eigenDirections(matrixReport(presetMatrix('rotation', 2, 30, 0)))).toEqual([]);
    const dirs = eigenDirections(
      matrixReport([
        [2, 0],
        [0, 0.5],
      ]),
    );
    expect(dirs.map((d) => d.text)).toEqual(['λ₁ = 2', 'λ₂ = 0.5']);
  });

  it('a defective matrix repeats its eigenvector: it is drawn once, naming both λ', () => {
    const dirs = eigenDirections(
      matrixReport([
        [1, 1.5],
        [0, 1],
      ]),
    );
    expect(dirs).toHaveLength(1);
    expect(dirs[0].text).toBe('λ₁ = 1, λ₂ = 1');
  });
});

describe('panel text', () => {
  it('singularReason names rank, σₙ and what collapses; null when invertible', () => {
    expect(singularReason(2, 2, [2, 1])).toBeNull();
    expect(singularReason(2, 1, [5, 1e-16])).toMatch(
      /^rank 1 < 2: the smallest singular value σ₂ = 0 .* onto a line/,
    );
    expect(singularReason(3, 0, [0, 0, 0])).toMatch(/flattens space onto a single point/);
  });

  it('rotationSentence gives the angle and the scaling of a complex pair', () => {
    expect(rotationSentence([[1, 0]])).toBeNull();
    expect(
      rotationSentence([
        [0, 1],
        [0, -1],
      ]),
    ).toMatch(/θ = atan2\(b, a\) = 90° .* \|λ\| = √\(a² \+ b²\) = 1\./);
  });

  it('TeX numbers: 4 significant digits, 1e-10 → 0, scientific as ×10^k, never NaN', () => {
    expect(texNumber(1 / 3)).toBe('0.3333');
    expect(texNumber(-9.8e-16)).toBe('0');
    expect(texNumber(1.5e-7)).toBe('1.5 \\times 10^{-7}');
    expect(texNumber(NaN)).toBe('\\text{undefined}');
  });

  it('characteristic polynomial and eigenvalues in TeX', () => {
    expect(texPolynomial([1, -3.5, 3.5])).toBe('\\lambda^{2} - 3.5\\lambda + 3.5');
    expect(texPolynomial([1, 0, -1])).toBe('\\lambda^{2} - 1');
    expect(texPolynomial([1, -5, 1e-17])).toBe('\\lambda^{2} - 5\\lambda');
    expect(
      texEigenvalues([
        [1.75, 0.6614],
        [1.75, -0.6614],
      ]),
    ).toBe('\\lambda_{1,2} = 1.75 \\pm 0.6614\\,i');
    expect(texSpan([], 2)).toBe('\\{\\mathbf 0\\}');
    expect(texSpan([[1, 0]], 1)).toBe('\\mathbb{R}^{1}');
  });

  it('formatEigenvalues pairs conjugates as a ± bi', () => {
    expect(
      formatEigenvalues([
        [2, 0],
        [1, 0.5],
        [1, -0.5],
      ]),
    ).toBe('2, 1 ± 0.5i');
  });

  it('every preset gives a finite dim×dim matrix; Random is reproducible from its seed', () => {
    for (const dim of [2, 3] as const)
      for (const p of PRESETS) {
        const m = presetMatrix(p.name, dim, 30, 7);
        expect(m).toHaveLength(dim);
        expect(m.flat().every(Number.isFinite)).toBe(true);
      }
    expect(presetMatrix('random', 3, 0, 7)).toEqual(presetMatrix('random', 3, 0, 7));
  });
});
