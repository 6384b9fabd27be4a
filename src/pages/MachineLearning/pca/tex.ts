/** TeX of the stepper's numbers: vectors and matrices cut to a readable size (⋯ and ⋮ say what is left out). */
import { formatNumber } from '../../../ui/Readout';

export const num = (v: number, digits = 4): string => {
  const s = formatNumber(v, digits);
  return s.replace('e', '\\mathrm{e}').replace('undefined', '\\text{undefined}').replace('−', '-');
};

/** An r × c matrix given by entry(i, j), at most `max` rows and columns shown. */
export function matrixTex(
  rows: number,
  cols: number,
  entry: (i: number, j: number) => number,
  max = 6,
): string {
  const rShow = Math.min(rows, max);
  const cShow = Math.min(cols, max);
  const lines: string[] = [];
  for (let i = 0; i < rShow; i++) {
    const cells = [];
    for (let j = 0; j < cShow; j++) cells.push(num(entry(i, j)));
    if (cols > cShow) cells.push('\\cdots');
    lines.push(cells.join(' & '));
  }
  if (rows > rShow)
    lines.push([...Array(cShow).fill('\\vdots'), ...(cols > cShow ? ['\\ddots'] : [])].join(' & '));
  return `\\begin{pmatrix} ${lines.join(' \\\\ ')} \\end{pmatrix}`;
}

/** A row vector (written as a column transposed) of at most `max` entries. */
export function vectorTex(values: ArrayLike<number>, max = 8): string {
  const shown = Array.from({ length: Math.min(values.length, max) }, (_, i) => num(values[i]));
  if (values.length > max) shown.push('\\cdots');
  return `\\begin{pmatrix} ${shown.join(' & ')} \\end{pmatrix}`;
}
