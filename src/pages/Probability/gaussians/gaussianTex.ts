/** KaTeX of the Gaussians tab with the view's numbers. */
import type { Cov2, Mean2 } from '../../../core';

/** A number for a formula: 4 significant digits, a proper minus sign, parentheses when negative. */
export function texNum(v: number, paren = false): string {
  if (!Number.isFinite(v)) return '\\text{undefined}';
  const s = String(Number(v.toPrecision(4)));
  return v < 0 ? (paren ? `(-${s.slice(1)})` : `-${s.slice(1)}`) : s;
}

/** μ_{x|y₀} and σ²_{x|y₀} as formulas, then with the numbers. */
export function conditionalTex(
  mean: Mean2,
  cov: Cov2,
  y0: number,
  cond: { mean: number; variance: number },
): string {
  const [[sxx, sxy], [, syy]] = cov;
  const n = texNum;
  return (
    '\\begin{aligned}' +
    `\\mu_{x\\mid y_0} &= \\mu_x + \\frac{\\Sigma_{xy}}{\\Sigma_{yy}}(y_0-\\mu_y) = ${n(mean[0])} + \\frac{${n(sxy)}}{${n(syy)}}\\,(${n(y0)} - ${n(mean[1], true)}) = ${n(cond.mean)}\\\\` +
    `\\sigma^2_{x\\mid y_0} &= \\Sigma_{xx} - \\frac{\\Sigma_{xy}^2}{\\Sigma_{yy}} = ${n(sxx)} - \\frac{${n(sxy, true)}^2}{${n(syy)}} = ${n(cond.variance)}` +
    '\\end{aligned}'
  );
}

/** Σ, its eigen-decomposition's semi-axes and the Cholesky factor L. */
export function covarianceTex(
  cov: Cov2,
  semiAxes: [number, number],
  angle: number,
  chol: [number, number, number],
): string {
  const n = texNum;
  const [[a, b], [, d]] = cov;
  const deg = (angle * 180) / Math.PI;
  return (
    `\\Sigma = \\begin{pmatrix}${n(a)} & ${n(b)}\\\\ ${n(b)} & ${n(d)}\\end{pmatrix},\\quad ` +
    `\\lambda_{1,2} = ${n(semiAxes[0] ** 2)},\\ ${n(semiAxes[1] ** 2)}\\ (v_1\\ \\text{at}\\ ${n(deg)}^\\circ),\\quad ` +
    `L = \\begin{pmatrix}${n(chol[0])} & 0\\\\ ${n(chol[1])} & ${n(chol[2])}\\end{pmatrix}`
  );
}
