/**
 * The theory panel's key identities as TeX, filled in with the page's current numbers. Built from
 * numbers only (never from typed text), with the page's display rules (|x| ≤ 1e-10 reads as 0).
 */
import { determinant, matrixInBasis, matrixRank, type Matrix, type MatrixAnalysis } from '../../../core';
import { texEigenvalues, texMatrix, texNumber, texPolynomial } from '../linalgTex';

/** A factor in a product: negative numbers in parentheses. */
const factor = (x: number): string => {
  const t = texNumber(x);
  return t.startsWith('-') ? `(${t})` : t;
};

/** The minor of a 3×3 matrix without row 0 and column j. */
const minor = (a: Matrix, j: number): Matrix => a.slice(1).map((row) => row.filter((_, c) => c !== j));

/** det A with the page's numbers: the 2×2 formula, or the cofactor expansion along the first row. */
export function detTex(a: Matrix, det: number): string {
  if (a.length === 2)
    return `\\det A = a_{11}a_{22} - a_{12}a_{21} = ${factor(a[0][0])}\\cdot ${factor(a[1][1])} - ${factor(a[0][1])}\\cdot ${factor(a[1][0])} = ${texNumber(det, 6)}`;
  const terms = [0, 1, 2].map((j) => `${factor(a[0][j])}\\cdot ${factor(determinant(minor(a, j)))}`);
  return `\\det A = a_{11}M_{11} - a_{12}M_{12} + a_{13}M_{13} = ${terms[0]} - ${terms[1]} + ${terms[2]} = ${texNumber(det, 6)}`;
}

/** Av = λv, the characteristic polynomial with the page's coefficients, its roots, and trace/det. */
export function eigenTex(charPoly: readonly number[], analysis: MatrixAnalysis): string {
  const values = analysis.eigenvalues;
  const sum = values.map((_, k) => `\\lambda_{${k + 1}}`).join(' + ');
  const product = values.map((_, k) => `\\lambda_{${k + 1}}`).join('');
  return [
    `\\begin{gathered} A v = \\lambda v \\iff \\det(\\lambda I - A) = ${texPolynomial(charPoly)} = 0`,
    `${texEigenvalues(values)}`,
    `${sum} = \\operatorname{tr} A = ${texNumber(analysis.trace, 6)},\\quad ${product} = \\det A = ${texNumber(analysis.det, 6)} \\end{gathered}`,
  ].join(' \\\\ ');
}

/** A = UΣVᵀ with the page's σ, and the Eckart–Young error of the best rank-1 approximation. */
export function svdTex(sigma: readonly number[]): string {
  const list = sigma.map((s, i) => `\\sigma_{${i + 1}} = ${texNumber(s)}`).join(',\\ ');
  return `\\begin{gathered} A = U \\Sigma V^{\\mathsf T} = \\sum_i \\sigma_i u_i v_i^{\\mathsf T},\\quad ${list} \\\\ \\min_{\\operatorname{rank} B \\le 1} \\lVert A - B \\rVert_2 = \\lVert A - \\sigma_1 u_1 v_1^{\\mathsf T} \\rVert_2 = \\sigma_2 = ${texNumber(sigma[1])} \\end{gathered}`;
}

/** A⁻¹ with the page's numbers (the adjugate formula in 2D), or why it does not exist. */
export function inverseTex(a: Matrix, analysis: MatrixAnalysis): string {
  const n = a.length;
  if (!analysis.inverse)
    return `\\operatorname{rank} A = ${analysis.rank} < ${n} \\implies \\det A = 0,\\ A^{-1} \\text{ does not exist},\\ \\dim N(A) = ${n - analysis.rank}`;
  const rank = `\\operatorname{rank} A = ${n}`;
  if (n === 2) {
    const adj = [
      [a[1][1], -a[0][1]],
      [-a[1][0], a[0][0]],
    ];
    return `A^{-1} = \\frac{1}{\\det A}\\begin{bmatrix} a_{22} & -a_{12} \\\\ -a_{21} & a_{11} \\end{bmatrix} = \\frac{1}{${texNumber(analysis.det, 6)}}${texMatrix(adj)} = ${texMatrix(analysis.inverse)},\\quad ${rank}`;
  }
  return `A^{-1} = \\frac{\\operatorname{adj} A}{\\det A} = ${texMatrix(analysis.inverse)},\\quad A A^{-1} = I,\\quad ${rank}`;
}

/** [A]_P = P⁻¹AP with the page's basis P, or why P is not a basis. */
export function basisTex(a: Matrix, p: Matrix): string {
  if (matrixRank(p) < p.length)
    return `P = ${texMatrix(p)}:\\ \\det P = 0, \\text{ the columns are not a basis}`;
  return `[A]_P = P^{-1} A P = ${texMatrix(p)}^{-1} ${texMatrix(a)} ${texMatrix(p)} = ${texMatrix(matrixInBasis(a, p))}`;
}

/** The sample covariance and its eigen-decomposition, with the page's n, variances and k. */
export function pcaTex(n: number, variances: readonly number[], k: number): string {
  const total = variances.reduce((s, x) => s + x, 0);
  const kept = variances.slice(0, k).reduce((s, x) => s + x, 0);
  const list = variances.map((v, i) => `\\lambda_{${i + 1}} = ${texNumber(v)}`).join(',\\ ');
  const share = total > 0 ? texNumber(kept / total, 3) : '0';
  return `\\begin{gathered} S = \\frac{1}{${n} - 1}\\sum_{i=1}^{${n}} (x_i - \\bar x)(x_i - \\bar x)^{\\mathsf T} = \\sum_j \\lambda_j w_j w_j^{\\mathsf T},\\quad ${list} \\\\ \\text{variance kept by } k = ${k}: \\ \\frac{${variances
    .slice(0, k)
    .map((_, i) => `\\lambda_{${i + 1}}`)
    .join(' + ')}}{\\sum_j \\lambda_j} = ${share} \\end{gathered}`;
}
