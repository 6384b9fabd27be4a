/** TeX of the normal equations with the current numbers (the one place this tab builds TeX). */
import { formatNumber } from '../../../ui/Readout';

/** A number in TeX: 4 significant digits, powers of ten written 10^{k}, words never needed (inputs are finite). */
export function texNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : v < 0 ? '-\\infty' : '\\text{undefined}';
  const s = formatNumber(v, 4);
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  if (m) return `${m[1]}\\times10^{${Number(m[2])}}`;
  return s;
}

const bmatrix = (rows: string[][]) =>
  `\\begin{bmatrix}${rows.map((r) => r.join('&')).join('\\\\')}\\end{bmatrix}`;

/** The columns of X, XᵀX = […] and Xᵀy = […] (three formulas) for the design [1 X] of a polynomial of the given degree (z when standardized). */
export function normalEquationsTex(xtx: number[][], xty: number[], standardized: boolean): string[] {
  const v = standardized ? 'z' : 'x';
  // Sums that cancel (Σz over standardized z) leave round-off like 10⁻¹⁷: shown as the 0 they are.
  const big = Math.max(...xtx.flat().map(Math.abs), ...xty.map(Math.abs), 0);
  const chop = (a: number) => (Math.abs(a) < 1e-12 * big ? 0 : a);
  xtx = xtx.map((r) => r.map(chop));
  xty = xty.map(chop);
  const cols = xtx.map((_, j) => (j === 0 ? '1' : j === 1 ? v : `${v}^{${j}}`));
  return [
    `X=\\begin{bmatrix}${cols.join('&')}\\end{bmatrix}`,
    `X^\\top X=${bmatrix(xtx.map((r) => r.map(texNumber)))}`,
    `X^\\top y=${bmatrix(xty.map((v2) => [texNumber(v2)]))}`,
  ];
}

/** ŷ = b + w₁x + w₂x² + … in the original units. */
export function polynomialTex(intercept: number, coef: readonly number[]): string {
  let s = `\\hat y=${texNumber(intercept)}`;
  coef.forEach((c, k) => {
    const t = texNumber(Math.abs(c));
    s += `${c < 0 || Object.is(c, -0) ? '-' : '+'}${t}\\,x${k > 0 ? `^{${k + 1}}` : ''}`;
  });
  return s;
}
