// The theory panel's identities: they carry the page's numbers and are TeX that KaTeX accepts.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/linalg.json';
import { analyzeMatrix, characteristicPolynomial, type Matrix } from '../../../src/core';
import {
  basisTex,
  detTex,
  eigenTex,
  inverseTex,
  pcaTex,
  svdTex,
} from '../../../src/pages/LinearAlgebra/learn/theoryTex';

const cases = (fixture as unknown as { cases: { label: string; A: Matrix }[] }).cases;

const renders = (tex: string) => katex.renderToString(tex, { displayMode: true, throwOnError: true });

describe('theory TeX', () => {
  it('detTex(A) writes the 2×2 formula with the entries: 1.5·1 − 0.5·0.5 = 1.25', () => {
    const a = [
      [1.5, 0.5],
      [0.5, 1],
    ];
    expect(detTex(a, analyzeMatrix(a).det)).toContain('= 1.5\\cdot 1 - 0.5\\cdot 0.5 = 1.25');
  });

  it('detTex(A) expands a 3×3 determinant along the first row with its minors', () => {
    const a = [
      [2, 0, 0],
      [0, -1, 0],
      [0, 0, 0.5],
    ];
    expect(detTex(a, -1)).toContain('2\\cdot (-0.5) - 0\\cdot 0 + 0\\cdot 0 = -1');
  });

  it('inverseTex(A) names the rank when A is singular and shows A⁻¹ otherwise', () => {
    const s = [
      [1, 2],
      [2, 4],
    ];
    expect(inverseTex(s, analyzeMatrix(s))).toContain('\\operatorname{rank} A = 1 < 2');
    const g = [
      [2, 0],
      [0, 4],
    ];
    expect(inverseTex(g, analyzeMatrix(g))).toContain(
      '\\begin{bmatrix} 0.5 & 0 \\\\ 0 & 0.25 \\end{bmatrix}',
    );
  });

  it('pcaTex(n, λ, k) shows n, the variances and the share kept', () => {
    const tex = pcaTex(300, [3, 1], 1);
    expect(tex).toContain('\\frac{1}{300 - 1}');
    expect(tex).toContain('\\lambda_{1} = 3');
    expect(tex).toContain('= 0.75');
  });

  it.each(cases)('every identity renders with KaTeX for $label', ({ A }) => {
    const r = analyzeMatrix(A);
    const p = A.map((row, i) => row.map((_, j) => (i === j ? 1 : i < j ? 1 : 0)));
    for (const tex of [
      detTex(A, r.det),
      eigenTex(characteristicPolynomial(A), r),
      svdTex(r.singularValues),
      inverseTex(A, r),
      basisTex(A, p),
      basisTex(A, A),
      pcaTex(300, r.singularValues, 2),
    ])
      expect(() => renders(tex), tex).not.toThrow();
  });
});
