import { formatNumber } from './Readout';

/** The key values of a chart as a table: a header row and rows of cells (numbers formatted for people). */
export interface ChartTable {
  caption: string;
  columns: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
}

/**
 * A chart's text alternative: one or two sentences saying what it shows (and the shape of the data,
 * e.g. "the running mean settles near 3.5"), and optionally the numbers behind it as a table.
 */
export interface ChartText {
  description: string;
  table?: ChartTable;
}

/** A table cell: numbers with formatNumber (never "NaN"), null as an em dash. */
export function cellText(v: string | number | null): string {
  if (v === null) return '—';
  return typeof v === 'number' ? formatNumber(v, 4) : v;
}

/**
 * What a screen reader gets for a chart (role img, named by its title): a visually hidden description
 * and table, which the chart points at with `aria-describedby={id}`. It sits beside the chart, not
 * inside it: the children of role img are presentational, and exports of the chart leave it out.
 */
export function ChartTextAlternative({ id, text }: { id: string; text: ChartText }) {
  const { description, table } = text;
  return (
    <div className="visually-hidden chart-text" id={id}>
      <p>{description}</p>
      {table && table.rows.length > 0 && (
        <table>
          <caption>{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cellText(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/**
 * Rows of a table sampled from a long series: at most `count` evenly spaced indices of 0..n−1, always
 * including the first and the last (a running mean over 10^6 draws becomes 8 readable rows).
 */
export function sampleIndices(n: number, count = 8): number[] {
  if (n <= 0) return [];
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(Math.round((k * (n - 1)) / (count - 1)));
  return [...new Set(out)];
}
