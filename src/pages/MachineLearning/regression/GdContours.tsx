import { useId, useMemo } from 'react';
import { contours, geoPath, geoTransform, line, scaleLinear } from 'd3';
import type { LineDescent } from '../../../stores/ml/regression/descent';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

const PAD = { left: 48, right: 10, top: 10, bottom: 34 };

/**
 * The loss of the line over (slope, intercept) as contours (log-spaced levels), the descent path from
 * (0, 0) and the closed-form point it should reach.
 */
export function GdContours({
  descent,
  solution,
  width,
  standardized,
}: {
  descent: LineDescent;
  solution: { slope: number; intercept: number };
  width: number;
  standardized: boolean;
}) {
  const size = Math.min(width, 420);
  const innerW = size - PAD.left - PAD.right;
  const innerH = size - PAD.top - PAD.bottom;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const { slopes, intercepts, grid, path } = descent;
  const sx = scaleLinear()
    .domain([slopes[0], slopes[slopes.length - 1]])
    .range([0, innerW]);
  const sy = scaleLinear()
    .domain([intercepts[0], intercepts[intercepts.length - 1]])
    .range([innerH, 0]);
  const rings = useMemo(() => {
    let lo = Infinity;
    let hi = 0;
    for (const v of grid) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const base = Math.max(lo, 1e-12);
    const levels = Array.from({ length: 12 }, (_, k) => base + (hi - base) * ((k + 1) / 13) ** 2);
    const gen = contours().size([slopes.length, intercepts.length]).thresholds(levels);
    // Grid cell (i, j) → chart pixels.
    const kx = innerW / (slopes.length - 1);
    const ky = innerH / (intercepts.length - 1);
    const proj = geoTransform({
      point(x, y) {
        this.stream.point(x * kx, innerH - y * ky);
      },
    });
    const draw = geoPath(proj);
    return gen(Array.from(grid)).map((c) => draw(c) ?? '');
  }, [grid, slopes.length, intercepts.length, innerW, innerH]);
  const clip = (v: number, d: number[]) => Math.max(d[0] - 1e3, Math.min(d[d.length - 1] + 1e3, v));
  const trail =
    line<number[]>()
      .x((p) => sx(clip(p[1], slopes)))
      .y((p) => sy(clip(p[0], intercepts)))(path.params) ?? '';
  const last = path.params[path.params.length - 1];
  const v = standardized ? 'z' : 'x';
  const text = {
    description: `Contours of the training MSE over the slope and intercept of the line (on ${v}); gradient descent starts at (0, 0) and takes ${path.params.length - 1} steps${path.diverged ? ', then diverges' : `, ending at slope ${formatNumber(last[1], 4)}, intercept ${formatNumber(last[0], 4)}`}; the closed-form minimum is at slope ${formatNumber(solution.slope, 4)}, intercept ${formatNumber(solution.intercept, 4)}.`,
    table: {
      caption: 'the first steps of the path',
      columns: ['step', 'slope', 'intercept', 'MSE'],
      rows: path.params.slice(0, 10).map((p, t) => [t, p[1], p[0], path.losses[t]]),
    },
  };
  return (
    <figure className="reg-gd">
      <figcaption>Loss over (slope, intercept) with the descent path</figcaption>
      <svg
        className="chart"
        width={size}
        height={size}
        role="img"
        aria-label="loss contours and descent path"
        aria-describedby={`reg-gd-text${uid}`}
      >
        <defs>
          <clipPath id={`reg-gd-clip${uid}`}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={innerW} height={innerH} className="reg-plot-frame" />
          <g clipPath={`url(#reg-gd-clip${uid})`}>
            <g className="reg-contours">
              {rings.map((d, k) => (
                <path key={k} d={d} />
              ))}
            </g>
            <path d={trail} className="reg-gd-path" />
            {path.params.slice(0, 200).map((p, t) => (
              <circle key={t} cx={sx(p[1])} cy={sy(p[0])} r={2} className="reg-gd-step" />
            ))}
          </g>
          <path
            d="M0,-7L2,-2L7,-2L3,1L5,7L0,3L-5,7L-3,1L-7,-2L-2,-2Z"
            transform={`translate(${sx(solution.slope)},${sy(solution.intercept)})`}
            className="reg-gd-solution"
          />
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
              slope (coefficient of {v})
            </text>
            <text transform={`translate(${-38},${innerH / 2}) rotate(-90)`} textAnchor="middle">
              intercept
            </text>
          </g>
        </g>
      </svg>
      <ChartTextAlternative id={`reg-gd-text${uid}`} text={text} />
    </figure>
  );
}
