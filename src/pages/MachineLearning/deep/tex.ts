import { formatNumber } from '../../../ui/Readout';

/** A number for KaTeX: 4 significant digits, −∞ for a masked score, never NaN. */
export function texNumber(v: number, digits = 4): string {
  if (v === -Infinity) return '-\\infty';
  if (v === Infinity) return '\\infty';
  const t = formatNumber(v, digits);
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(t);
  return m ? `${m[1]}\\times10^{${Number(m[2])}}` : t;
}

/** A matrix in brackets. */
export const texMatrix = (M: number[][], digits = 3): string =>
  `\\begin{bmatrix}${M.map((row) => row.map((v) => texNumber(v, digits)).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

/** A factor in a product: negative numbers in parentheses. */
export const texFactor = (v: number, digits = 3): string =>
  v < 0 ? `(${texNumber(v, digits)})` : texNumber(v, digits);
