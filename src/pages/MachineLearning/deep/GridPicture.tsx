import { memo, useId, useMemo, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { ChartTextAlternative, type ChartText } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

export interface GridRect {
  r: number;
  c: number;
  h: number;
  w: number;
}

/** A number in a cell: 3 significant digits, no "NaN" ever (null is an empty cell). */
export const cellText = (v: number, digits = 3, fixed?: number): string => {
  if (!Number.isFinite(v)) return formatNumber(v);
  if (fixed === undefined) return formatNumber(v, digits);
  const t = v.toFixed(fixed);
  return Number(t) === 0 ? (0).toFixed(fixed) : t;
};

/**
 * A small matrix drawn cell by cell in SVG: `ink` shades 0 … 1 from the background to the text colour (an
 * image), `signed` tints positive values blue and negative orange by |v|/scale (a feature map, a score).
 * Null cells are not computed yet (dashed). `frame` outlines a block (the window), `mark` one cell, `inner`
 * the image inside its zero padding.
 */
export function GridPicture({
  values,
  cell,
  mode,
  title,
  scale,
  inkMax = 1,
  numbers = false,
  frame,
  mark,
  inner,
  onCell,
  onHover,
  onKeyDown,
  cursor,
  focusLabel,
  rowLabels,
  colLabels,
  digits = 3,
  fixed,
  children,
}: {
  values: (number | null)[][];
  cell: number;
  mode: 'ink' | 'signed';
  title: string;
  scale?: number;
  /** In `ink` mode, the value drawn as full ink (1; 16 for the digits set). */
  inkMax?: number;
  numbers?: boolean;
  frame?: GridRect | null;
  mark?: GridRect | null;
  inner?: GridRect | null;
  onCell?: (r: number, c: number) => void;
  /** The cell under the pointer, null when it leaves the grid. */
  onHover?: (cell: [number, number] | null) => void;
  onKeyDown?: (e: KeyboardEvent<SVGSVGElement>) => void;
  cursor?: [number, number] | null;
  /** With onKeyDown: the grid is one focusable control with this name. */
  focusLabel?: string;
  /** Labels left of the rows and above the columns (tokens of a score matrix). */
  rowLabels?: string[];
  colLabels?: string[];
  /** Significant digits of the numbers in the cells. */
  digits?: number;
  /** Or a fixed number of decimals (heat maps whose cells must line up). */
  fixed?: number;
  children?: ReactNode;
}) {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const s =
    scale ??
    Math.max(1e-12, ...values.flat().map((v) => (v !== null && Number.isFinite(v) ? Math.abs(v) : 0)));
  const left = rowLabels ? 64 : 0;
  const top = colLabels ? 18 : 0;
  const width = cols * cell + 2 + left;
  const height = rows * cell + 2 + top;
  const longest = numbers
    ? Math.max(1, ...values.flat().map((v) => (v === null ? 1 : cellText(v, digits, fixed).length)))
    : 1;
  const font = Math.max(7, Math.min(13, cell * 0.4, (cell - 3) / (longest * 0.62)));
  const rect = (g: GridRect, cls: string) => (
    <rect
      className={cls}
      x={1 + g.c * cell}
      y={1 + g.r * cell}
      width={g.w * cell}
      height={g.h * cell}
      pointerEvents="none"
    />
  );
  const interactive = !!onKeyDown;
  const textId = `deep-grid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const text = useMemo(
    () => gridText(values, title, rowLabels, colLabels),
    [values, title, rowLabels, colLabels],
  );
  return (
    <>
      <svg
        className={`deep-grid${onCell ? ' deep-grid-paint' : ''}`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role={interactive ? 'application' : 'img'}
        aria-label={interactive ? focusLabel : title}
        aria-describedby={textId}
        tabIndex={interactive ? 0 : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={onCell ? (e) => at(e, onCell) : undefined}
        onPointerOver={onHover ? (e) => at(e, (r, c) => onHover([r, c])) : undefined}
        onPointerLeave={onHover ? () => onHover(null) : undefined}
      >
        {rowLabels?.map((l, r) => (
          <text
            key={`r${r}`}
            className="deep-label"
            x={left - 6}
            y={top + 1 + (r + 0.5) * cell}
            textAnchor="end"
          >
            {l}
          </text>
        ))}
        {colLabels?.map((l, c) => (
          <text
            key={`c${c}`}
            className="deep-label"
            x={left + 1 + (c + 0.5) * cell}
            y={top - 5}
            textAnchor="middle"
          >
            {l}
          </text>
        ))}
        <g transform={left || top ? `translate(${left},${top})` : undefined}>
          <Cells
            values={values}
            cell={cell}
            mode={mode}
            scale={s}
            inkMax={inkMax}
            numbers={numbers}
            font={font}
            digits={digits}
            fixed={fixed}
          />
          {inner && rect(inner, 'deep-inner')}
          {frame && rect(frame, 'deep-frame')}
          {mark && rect(mark, 'deep-mark')}
          {cursor && rect({ r: cursor[0], c: cursor[1], h: 1, w: 1 }, 'deep-cursor')}
          {children}
        </g>
      </svg>
      <TextAlternative id={textId} text={text} />
    </>
  );
}

const TextAlternative = memo(ChartTextAlternative);

/** The grid's text alternative: every value in a table for a small grid, the range in words for a large one. */
function gridText(
  values: (number | null)[][],
  title: string,
  rowLabels?: string[],
  colLabels?: string[],
): ChartText {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const finite = values.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  if (rows * cols > 144)
    return {
      description: `${title}: ${rows} rows and ${cols} columns, values from ${formatNumber(Math.min(...finite), 3)} to ${formatNumber(Math.max(...finite), 3)}.`,
    };
  return {
    description: `${title}: ${rows} rows and ${cols} columns, values row by row in the table.`,
    table: {
      caption: title,
      columns: ['row', ...Array.from({ length: cols }, (_, c) => `column ${colLabels?.[c] ?? c + 1}`)],
      rows: values.map((row, r) => [rowLabels?.[r] ?? r + 1, ...row]),
    },
  };
}

/** The row and column of the cell an event happened in (cells carry data-r and data-c). */
function at(e: PointerEvent, f: (r: number, c: number) => void): void {
  const g = (e.target as Element).closest?.('[data-r]');
  if (!g) return;
  f(Number(g.getAttribute('data-r')), Number(g.getAttribute('data-c')));
}

/** The cells alone, redrawn only when their values or look change (not when the window moves). */
const Cells = memo(function Cells({
  values,
  cell,
  mode,
  scale,
  inkMax,
  numbers,
  font,
  digits,
  fixed,
}: {
  values: (number | null)[][];
  cell: number;
  mode: 'ink' | 'signed';
  scale: number;
  inkMax: number;
  numbers: boolean;
  font: number;
  digits: number;
  fixed?: number;
}) {
  return (
    <>
      {values.map((row, r) =>
        row.map((v, c) => {
          const x = 1 + c * cell;
          const y = 1 + r * cell;
          if (v === null)
            return (
              <g key={`${r}-${c}`} data-r={r} data-c={c}>
                <rect className="deep-cell-bg" x={x} y={y} width={cell} height={cell} />
                <rect
                  className="deep-cell-empty"
                  x={x + 0.5}
                  y={y + 0.5}
                  width={cell - 1}
                  height={cell - 1}
                />
              </g>
            );
          const t = Number.isFinite(v) ? Math.max(-1, Math.min(1, v / scale)) : 0;
          const cls = mode === 'ink' ? 'deep-cell-ink' : t >= 0 ? 'deep-cell-pos' : 'deep-cell-neg';
          const opacity = mode === 'ink' ? Math.max(0, Math.min(1, v / inkMax)) * 0.9 : Math.abs(t) * 0.6;
          return (
            <g key={`${r}-${c}`} data-r={r} data-c={c}>
              <rect className="deep-cell-bg" x={x} y={y} width={cell} height={cell} />
              {opacity > 0 && (
                <rect className={cls} x={x} y={y} width={cell} height={cell} fillOpacity={opacity} />
              )}
              {numbers && (
                <text
                  className={
                    mode === 'ink' && v / inkMax > 0.5
                      ? 'deep-cell-text deep-cell-text-inv'
                      : 'deep-cell-text'
                  }
                  x={x + cell / 2}
                  y={y + cell / 2}
                  fontSize={font}
                >
                  {cellText(v, digits, fixed)}
                </text>
              )}
            </g>
          );
        }),
      )}
    </>
  );
});
