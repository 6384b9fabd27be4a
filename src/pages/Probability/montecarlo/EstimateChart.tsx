import { useMemo } from 'react';
import { scaleLinear, scaleLog, area, line } from 'd3';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { estimateText } from './mcText';

const HEIGHT = 280;

/**
 * A running estimate against n (log axis) with a ±2 SE band around the target (or around the estimate
 * when the target is unknown) and the target as a dashed line.
 */
export function EstimateChart({
  grid,
  estimates,
  halfBand,
  target,
  total,
  yLabel,
  title,
  stale,
  width,
  height = HEIGHT,
  legend,
}: {
  grid: Float64Array;
  estimates: Float64Array;
  /** Half-width of the ±2 SE band at grid[i]; NaN where unknown. */
  halfBand: (i: number) => number;
  target: number | null;
  total: number;
  yLabel: string;
  title: string;
  stale: boolean;
  width: number;
  /** The chart's height (px): 280 in the page, taller on stage beside the π scatter. */
  height?: number;
  /** Legend names: the estimate, and the target line (when there is one). */
  legend: [string, string];
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const idx = useMemo(() => {
    const out: number[] = [];
    for (let i = 0; i < grid.length; i++) if (Number.isFinite(estimates[i])) out.push(i);
    return out;
  }, [grid, estimates]);
  const center = target ?? (idx.length ? estimates[idx[idx.length - 1]] : 0);
  const x = useMemo(
    () =>
      scaleLog()
        .domain([1, Math.max(10, total)])
        .range([0, innerW]),
    [total, innerW],
  );
  const y = useMemo(() => {
    // From n = 10 on, so that the first few (very rough) estimates do not flatten the rest.
    const vals = idx.filter((i) => grid[i] >= 10).map((i) => estimates[i]);
    vals.push(center);
    const firstBand = idx.find((i) => grid[i] >= 30);
    if (firstBand !== undefined && Number.isFinite(halfBand(firstBand)))
      vals.push(center - halfBand(firstBand), center + halfBand(firstBand));
    let lo = Math.min(...vals);
    let hi = Math.max(...vals);
    if (!(hi > lo)) [lo, hi] = [center - 1, center + 1];
    const pad = 0.08 * (hi - lo);
    return scaleLinear()
      .domain([lo - pad, hi + pad])
      .range([innerH, 0])
      .nice();
  }, [idx, grid, estimates, center, halfBand, innerH]);
  // Cheap (8 rows), so following the band function (a new one each render) costs nothing worth memoising away.
  const text = useMemo(
    () => estimateText({ title, legend, grid, estimates, idx, halfBand, center, target, total, stale }),
    [title, legend, grid, estimates, idx, halfBand, center, target, total, stale],
  );
  const band =
    area<number>()
      .defined((i) => Number.isFinite(halfBand(i)))
      .x((i) => x(grid[i]))
      .y0((i) => y(center - halfBand(i)))
      .y1((i) => y(center + halfBand(i)))(idx) ?? '';
  const path =
    line<number>()
      .x((i) => x(grid[i]))
      .y((i) => y(estimates[i]))(idx) ?? '';
  return (
    <div>
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        xLabel="n (log scale)"
        yLabel={yLabel}
        title={title}
        text={text}
      >
        <g className={stale ? 'stale' : undefined}>
          <path className="se-band" d={band} />
          {target !== null && <line className="true-mean" x1={0} x2={innerW} y1={y(target)} y2={y(target)} />}
          <path className="run-line run-0" d={path} />
        </g>
      </ChartFrame>
      <ul className="run-legend" aria-label="estimate chart legend">
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line className="run-line run-0" x1="0" x2="28" y1="5" y2="5" />
          </svg>
          {legend[0]}
        </li>
        {target !== null && (
          <li>
            <svg width="28" height="10" aria-hidden="true">
              <line className="true-mean" x1="0" x2="28" y1="5" y2="5" />
            </svg>
            {legend[1]}
          </li>
        )}
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <rect className="se-band" width="28" height="10" />
          </svg>
          ±2 standard errors
        </li>
      </ul>
    </div>
  );
}
