import { useMemo } from 'react';
import { scaleLog, line } from 'd3';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { errorText } from './mcText';
import { withPowerTicks } from '../../../ui/powerTicks';

const HEIGHT = 280;

/**
 * Absolute error against n on log-log axes, with the reference line c/√n (slope −½): a Monte Carlo error
 * that follows it shrinks tenfold for every hundredfold more points.
 */
export function ErrorChart({
  grid,
  errors,
  sigma,
  total,
  title,
  errorLabel,
  stale,
  width,
}: {
  grid: Float64Array;
  /** |estimate − truth| at grid[i]; NaN where unknown. Zeros (exact hits) are skipped on the log axis. */
  errors: Float64Array | null;
  /** c in c/√n. */
  sigma: number;
  total: number;
  title: string;
  errorLabel: string;
  stale: boolean;
  width: number;
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const n = Math.max(10, total);
  const x = useMemo(() => scaleLog().domain([1, n]).range([0, innerW]), [n, innerW]);
  const idx = useMemo(() => {
    const out: number[] = [];
    if (errors)
      for (let i = 0; i < grid.length; i++) if (errors[i] > 0 && Number.isFinite(errors[i])) out.push(i);
    return out;
  }, [grid, errors]);
  const y = useMemo(() => {
    const vals = idx.map((i) => (errors as Float64Array)[i]);
    if (sigma > 0) vals.push(sigma, sigma / Math.sqrt(n));
    const lo = Math.max(1e-300, Math.min(...vals) / 2);
    const hi = Math.max(...vals) * 2;
    return withPowerTicks(
      scaleLog()
        .domain(vals.length ? [lo, hi] : [1e-4, 1])
        .range([innerH, 0]),
    );
  }, [idx, errors, sigma, n, innerH]);
  const text = useMemo(
    () => errorText({ title, errorLabel, grid, errors, idx, sigma, stale }),
    [title, errorLabel, grid, errors, idx, sigma, stale],
  );
  const ref =
    sigma > 0
      ? (line<number>()
          .x((k) => x(k))
          .y((k) => y(sigma / Math.sqrt(k)))([1, n]) ?? '')
      : '';
  return (
    <div className="error-chart">
      <ChartFrame
        width={width}
        height={HEIGHT}
        x={x}
        y={y}
        xLabel="n (log scale)"
        yLabel="absolute error (log scale)"
        title={title}
        text={text}
      >
        <g className={stale ? 'stale' : undefined}>
          {ref && <path className="ref-line" d={ref} />}
          {idx.map((i) => (
            <circle
              key={i}
              className="error-dot"
              cx={x(grid[i])}
              cy={y((errors as Float64Array)[i])}
              r={2.2}
            />
          ))}
        </g>
      </ChartFrame>
      <ul className="run-legend" aria-label="error chart legend">
        <li>
          <svg width="14" height="10" aria-hidden="true">
            <circle className="error-dot" cx="7" cy="5" r="3" />
          </svg>
          {errorLabel}
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line className="ref-line" x1="0" x2="28" y1="5" y2="5" />
          </svg>
          σ/√n reference, slope −½ (σ = {Number(sigma.toPrecision(4))})
        </li>
      </ul>
    </div>
  );
}
