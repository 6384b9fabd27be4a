/**
 * Numbers for people on this page: values within 1e-10 of 0 read as 0 (the rank tolerance), and
 * nothing non-finite ever reaches the screen as "NaN".
 */
import { cleanZero, type Complex } from '../../core';
import { formatNumber } from '../../ui/Readout';

export const fmt = (x: number, digits = 4): string => formatNumber(cleanZero(x), digits).replace('-', '−');

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
export const sub = (k: number): string => String(k).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]);

/** Eigenvalues as a line of text: "3.618, 1.382" or "1.75 ± 0.6614i". */
export function formatEigenvalues(values: readonly Complex[], digits = 4): string {
  const parts: string[] = [];
  for (let k = 0; k < values.length; k++) {
    const [re, im] = values[k].map((x) => cleanZero(x));
    const next = values[k + 1];
    if (im !== 0 && next && cleanZero(next[1]) === -im && next[0] === values[k][0]) {
      parts.push(`${fmt(re, digits)} ± ${fmt(Math.abs(im), digits)}i`);
      k++;
    } else if (im !== 0) {
      parts.push(`${fmt(re, digits)} ${im < 0 ? '−' : '+'} ${fmt(Math.abs(im), digits)}i`);
    } else {
      parts.push(fmt(re, digits));
    }
  }
  return parts.join(', ');
}

/** The eigenvalues with display zeros, for `data-value`. */
export const cleanEigenvalues = (values: readonly Complex[]): [number, number][] =>
  values.map(([re, im]) => [cleanZero(re), cleanZero(im)]);

/** Like `fmt` but without the display zero: for tolerances and bounds, which are tiny on purpose. */
export const fmtSmall = (x: number, digits = 3): string => formatNumber(x, digits).replace('-', '−');
