import { useMemo } from 'react';
import { scaleLinear, scaleLog, area, line } from 'd3';
import type { LlnSnapshot } from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { runningMeanDomain } from './domain';
import { runningMeanText } from './runningMeanText';

const HEIGHT = 340;
/** Dash patterns so that runs stay distinguishable without colour. */
const DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 2', '12 4', '4 2 1 2', '8 2', '3 5', '14 2 2 2'];

/** Running means of every run against n on a log axis, over the true mean and its ±2 SE band. */
export function RunningMeanChart({
  snapshot,
  law,
  total,
  mean,
  sd,
  stale,
  width,
}: {
  snapshot: LlnSnapshot | null;
  /** The simulated law's name with its parameters, for the text alternative. */
  law: string;
  total: number;
  mean: number;
  sd: number;
  stale: boolean;
  width: number;
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const n = snapshot?.total ?? total;
  const x = useMemo(
    () =>
      scaleLog()
        .domain([1, Math.max(10, n)])
        .range([0, innerW]),
    [n, innerW],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain(runningMeanDomain(snapshot, mean, sd))
        .range([innerH, 0])
        .nice(),
    [snapshot, mean, sd, innerH],
  );
  const grid = snapshot?.grid;
  const band = useMemo(() => {
    if (!grid || !Number.isFinite(mean) || !Number.isFinite(sd)) return '';
    return (
      area<number>()
        .x((k) => x(k))
        .y0((k) => y(mean - (2 * sd) / Math.sqrt(k)))
        .y1((k) => y(mean + (2 * sd) / Math.sqrt(k)))(Array.from(grid)) ?? ''
    );
  }, [grid, mean, sd, x, y]);
  const paths = useMemo(() => {
    if (!snapshot) return [];
    const g = snapshot.grid.length;
    const path = line<number>()
      .defined((i) => Number.isFinite(snapshot.means[i]))
      .x((i) => x(snapshot.grid[i % g]))
      .y((i) => y(snapshot.means[i]));
    return Array.from(
      { length: snapshot.runs },
      (_, r) => path(Array.from({ length: g }, (_, i) => r * g + i)) ?? '',
    );
  }, [snapshot, x, y]);
  const text = useMemo(
    () => runningMeanText(snapshot, law, mean, sd, stale),
    [snapshot, law, mean, sd, stale],
  );
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel="number of draws n (log scale)"
      yLabel="running mean"
      title="Running sample mean against the number of draws"
      text={text}
    >
      <g className={stale ? 'stale' : undefined}>
        {band && <path className="se-band" d={band} />}
        {Number.isFinite(mean) && <line className="true-mean" x1={0} x2={innerW} y1={y(mean)} y2={y(mean)} />}
        {paths.map((d, r) => (
          <path
            key={r}
            className={`run-line run-${r}`}
            d={d}
            strokeDasharray={DASHES[r % DASHES.length] || undefined}
          />
        ))}
      </g>
    </ChartFrame>
  );
}

/** A legend entry's line sample, with the run's dash. */
export function RunSwatch({ run }: { run: number }) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        className={`run-line run-${run}`}
        x1="0"
        x2="28"
        y1="5"
        y2="5"
        strokeDasharray={DASHES[run % DASHES.length] || undefined}
      />
    </svg>
  );
}
