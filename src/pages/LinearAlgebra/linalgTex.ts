/**
 * TeX for the live panel, built in one place from numbers (never from user text): matrices, vectors,
 * the characteristic polynomial and eigenvalues, all with the page's display rules (|x| ≤ 1e-10 → 0).
 */
import { cleanZero, type Complex, type Matrix, type Vector } from '../../core';
import { formatNumber } from '../../ui/Readout';

/** A number in TeX: 4 significant digits, scientific notation as a × 10^{k}. */
export function texNumber(x: number, digits = 4): string {
  const v = cleanZero(x);
  if (!Number.isFinite(v)) return '\\text{undefined}';
  const s = formatNumber(v, digits);
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  return m ? `${m[1]} \\times 10^{${Number(m[2])}}` : s;
}

export function texMatrix(m: Matrix, digits = 4): string {
  return `\\begin{bmatrix} ${m.map((row) => row.map((x) => texNumber(x, digits)).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`;
}

export function texVector(v: Vector, digits = 4): string {
  return texMatrix(
    v.map((x) => [x]),
    digits,
  );
}

/** p(λ) from coefficients, highest degree first: λ² − 3.5λ + 3.5. */
export function texPolynomial(coefficients: readonly number[], variable = '\\lambda'): string {
  const n = coefficients.length - 1;
  let out = '';
  coefficients.forEach((c0, k) => {
    const c = cleanZero(c0);
    const power = n - k;
    if (c === 0 && power !== n) return;
    const mag = texNumber(Math.abs(c));
    const term = power === 0 ? mag : `${mag === '1' ? '' : mag}${variable}${power > 1 ? `^{${power}}` : ''}`;
    out += out === '' ? (c < 0 ? `-${term}` : term) : c < 0 ? ` - ${term}` : ` + ${term}`;
  });
  return out || '0';
}

/** λ₁ = …, λ₂ = … with a ± bi for conjugate pairs. */
export function texEigenvalues(values: readonly Complex[]): string {
  const parts: string[] = [];
  for (let k = 0; k < values.length; k++) {
    const [re, im] = values[k].map((x) => cleanZero(x));
    const next = values[k + 1];
    const name = `\\lambda_{${k + 1}}`;
    if (im !== 0 && next && next[0] === values[k][0] && cleanZero(next[1]) === -im) {
      parts.push(`\\lambda_{${k + 1},${k + 2}} = ${texNumber(re)} \\pm ${texNumber(Math.abs(im))}\\,i`);
      k++;
    } else if (im !== 0) {
      parts.push(`${name} = ${texNumber(re)} ${im < 0 ? '-' : '+'} ${texNumber(Math.abs(im))}\\,i`);
    } else {
      parts.push(`${name} = ${texNumber(re)}`);
    }
  }
  return parts.join(',\\quad ');
}

/** span{…} of a list of vectors, or {0} for none and ℝⁿ for a full basis. */
export function texSpan(vectors: readonly Vector[], n: number): string {
  if (vectors.length === 0) return '\\{\\mathbf 0\\}';
  if (vectors.length === n) return `\\mathbb{R}^{${n}}`;
  return `\\operatorname{span}\\left\\{ ${vectors.map((v) => texVector(v, 3)).join(',\\ ')} \\right\\}`;
}
