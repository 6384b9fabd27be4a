import { useId, useMemo, type ReactNode } from 'react';
import { contours, geoPath, geoTransform, line, scaleLinear, type ScaleLinear } from 'd3';
import { ChartTextAlternative, type ChartText } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

const PAD = { left: 48, right: 10, top: 10, bottom: 34 };

export interface ContourPath {
  /** [x, y] in the chart's parameters, step by step. */
  points: readonly (readonly [number, number])[];
  className: string;
  /** Dots on the first steps (at most 200). */
  dots?: boolean;
}

export interface ContourMark {
  x: number;
  y: number;
  className: string;
  shape: 'star' | 'circle' | 'square';
}

const STAR = 'M0,-7L2,-2L7,-2L3,1L5,7L0,3L-5,7L-3,1L-7,-2L-2,-2Z';

/**
 * A loss over two parameters as contour lines (levels spaced quadratically from the minimum on the grid,
 * so the rings crowd near it), with paths, marked points and any overlay drawn on the same scales.
 * grid[j·xs.length + i] is the value at (xs[i], ys[j]).
 */
export function Contours({
  width,
  xs,
  ys,
  grid,
  xLabel,
  yLabel,
  label,
  caption,
  text,
  paths = [],
  marks = [],
  overlay,
  legend,
}: {
  width: number;
  xs: readonly number[];
  ys: readonly number[];
  grid: ArrayLike<number>;
  xLabel: string;
  yLabel: string;
  label: string;
  caption: string;
  text: ChartText;
  paths?: ContourPath[];
  marks?: ContourMark[];
  overlay?: (sx: ScaleLinear<number, number>, sy: ScaleLinear<number, number>) => ReactNode;
  legend?: ReactNode;
}) {
  const size = Math.max(240, Math.min(width, 420));
  const innerW = size - PAD.left - PAD.right;
  const innerH = size - PAD.top - PAD.bottom;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const sx = scaleLinear()
    .domain([xs[0], xs[xs.length - 1]])
    .range([0, innerW]);
  const sy = scaleLinear()
    .domain([ys[0], ys[ys.length - 1]])
    .range([innerH, 0]);
  const rings = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = 0; k < grid.length; k++) {
      const v = grid[k];
      if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    }
    if (!(hi > lo)) return [];
    const levels = Array.from({ length: 12 }, (_, k) => lo + (hi - lo) * ((k + 1) / 13) ** 2);
    const values = Array.from(grid, (v) => (Number.isFinite(v) ? v : hi));
    const gen = contours().size([xs.length, ys.length]).thresholds(levels);
    const kx = innerW / (xs.length - 1);
    const ky = innerH / (ys.length - 1);
    const proj = geoTransform({
      point(x, y) {
        this.stream.point(x * kx, innerH - y * ky);
      },
    });
    const draw = geoPath(proj);
    return gen(values).map((c) => draw(c) ?? '');
  }, [grid, xs.length, ys.length, innerW, innerH]);
  const far = (v: number, d: number[]) => Math.max(d[0] - 1e4, Math.min(d[1] + 1e4, v));
  const dx = sx.domain();
  const dy = sy.domain();
  const trail = (pts: readonly (readonly [number, number])[]) =>
    line<readonly [number, number]>()
      .x((p) => sx(far(p[0], dx)))
      .y((p) => sy(far(p[1], dy)))(pts) ?? '';
  return (
    <figure className="reg-gd">
      <figcaption>{caption}</figcaption>
      {legend}
      <svg
        className="chart"
        width={size}
        height={size}
        role="img"
        aria-label={label}
        aria-describedby={`reg-ct-text${uid}`}
      >
        <defs>
          <clipPath id={`reg-ct-clip${uid}`}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={innerW} height={innerH} className="reg-plot-frame" />
          <g clipPath={`url(#reg-ct-clip${uid})`}>
            <g className="reg-contours">
              {rings.map((d, k) => (
                <path key={k} d={d} />
              ))}
            </g>
            {overlay?.(sx, sy)}
            {paths.map((p, k) => (
              <g key={k} className={p.className}>
                <path d={trail(p.points)} className="reg-trail" />
                {p.dots &&
                  p.points
                    .slice(0, 200)
                    .map((q, t) => <circle key={t} cx={sx(q[0])} cy={sy(q[1])} r={2} className="reg-dot" />)}
              </g>
            ))}
          </g>
          {marks.map((m, k) =>
            m.x >= dx[0] && m.x <= dx[1] && m.y >= dy[0] && m.y <= dy[1] ? (
              m.shape === 'star' ? (
                <path
                  key={k}
                  d={STAR}
                  transform={`translate(${sx(m.x)},${sy(m.y)})`}
                  className={m.className}
                />
              ) : m.shape === 'square' ? (
                <rect key={k} x={sx(m.x) - 4} y={sy(m.y) - 4} width={8} height={8} className={m.className} />
              ) : (
                <circle key={k} cx={sx(m.x)} cy={sy(m.y)} r={4.5} className={m.className} />
              )
            ) : null,
          )}
          <g className="axis">
            {sx.ticks(4).map((t) => (
              <text key={t} x={sx(t)} y={innerH + 14} textAnchor="middle">
                {formatNumber(t, 3)}
              </text>
            ))}
            {sy.ticks(4).map((t) => (
              <text key={t} x={-6} y={sy(t)} dy="0.32em" textAnchor="end">
                {formatNumber(t, 3)}
              </text>
            ))}
            <text x={innerW / 2} y={innerH + 28} textAnchor="middle">
              {xLabel}
            </text>
            <text transform={`translate(${-38},${innerH / 2}) rotate(-90)`} textAnchor="middle">
              {yLabel}
            </text>
          </g>
        </g>
      </svg>
      <ChartTextAlternative id={`reg-ct-text${uid}`} text={text} />
    </figure>
  );
}
