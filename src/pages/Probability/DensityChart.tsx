import { useMemo } from 'react';
import { scaleLinear, area, line } from 'd3';
import type { Distribution, SampleSnapshot } from '../../core';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatNumber } from '../../ui/Readout';
import { densityTop } from './curves';
import { densityText, histogramAt } from './distributionText';
import { useDistributionPlot } from './shared/useDistributionPlot';

const HEIGHT = 300;

/**
 * The true density (or pmf) with the sample histogram, normalised to a density, drawn over it. `law` names
 * the distribution ("Gamma(shape α = 2, rate β = 1)") for the chart's text alternative.
 */
export function DensityChart({
  dist,
  law,
  range,
  snapshot,
  width,
  height = HEIGHT,
}: {
  dist: Distribution;
  law: string;
  range: [number, number];
  snapshot: SampleSnapshot | null;
  width: number;
  /** The chart's height (px): 300 in the page, taller on stage. */
  height?: number;
}) {
  const { curve, innerW, innerH, x, hover, setHover, hx } = useDistributionPlot(dist, range, width, height);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, densityTop(curve, snapshot)])
        .range([innerH, 0])
        .nice(),
    [curve, snapshot, innerH],
  );
  const tip = hx === null ? null : tooltip(dist, hx, snapshot);
  const text = useMemo(() => densityText(dist, law, snapshot), [dist, law, snapshot]);
  return (
    <ChartFrame
      width={width}
      height={height}
      x={x}
      y={y}
      xLabel="x"
      yLabel={dist.discrete ? 'probability' : 'density'}
      title={
        dist.discrete ? 'Probability mass function and sample histogram' : 'Density and sample histogram'
      }
      onPointer={setHover}
      text={text}
    >
      {snapshot && <Histogram snapshot={snapshot} x={x} y={y} />}
      {dist.discrete ? (
        curve.xs.map((k, i) => (
          <g key={k} className="pmf">
            <line x1={x(k)} x2={x(k)} y1={y(0)} y2={y(curve.density[i])} />
            <circle cx={x(k)} cy={y(curve.density[i])} r={3} />
          </g>
        ))
      ) : (
        <>
          <path
            className="density-fill"
            d={
              area<number>()
                .x((_, i) => x(curve.xs[i]))
                .y0(y(0))
                .y1((d) => y(d))(curve.density) ?? ''
            }
          />
          <path
            className="density-line"
            d={
              line<number>()
                .x((_, i) => x(curve.xs[i]))
                .y((d) => y(d))(curve.density) ?? ''
            }
          />
        </>
      )}
      {tip && hover !== null && <Tooltip lines={tip} at={hover} innerW={innerW} innerH={innerH} />}
    </ChartFrame>
  );
}

function Histogram({
  snapshot,
  x,
  y,
}: {
  snapshot: SampleSnapshot;
  x: (v: number) => number;
  y: (v: number) => number;
}) {
  const path = useMemo(() => {
    let d = '';
    const { lo, binWidth, density } = snapshot;
    for (let i = 0; i < density.length; i++) {
      if (density[i] <= 0) continue;
      const x0 = x(lo + i * binWidth);
      const x1 = x(lo + (i + 1) * binWidth);
      const gap = snapshot.discrete ? Math.min(2, (x1 - x0) * 0.15) : 0;
      d += `M${x0 + gap},${y(0)}V${y(density[i])}H${x1 - gap}V${y(0)}Z`;
    }
    return d;
  }, [snapshot, x, y]);
  return <path className="histogram" d={path} />;
}

function tooltip(dist: Distribution, hx: number, s: SampleSnapshot | null): string[] {
  const xv = dist.discrete ? Math.round(hx) : hx;
  const lines = [
    `x = ${formatNumber(xv, 4)}`,
    `${dist.discrete ? 'P(X = x)' : 'f(x)'} = ${formatNumber(dist.density(xv), 4)}`,
    `F(x) = ${formatNumber(dist.cdf(xv), 4)}`,
  ];
  const h = s ? histogramAt(s, xv) : null;
  if (h !== null) lines.push(`histogram = ${formatNumber(h, 4)}`);
  return lines;
}

/** A vertical rule at the pointer and a box of values beside it, kept inside the plot. */
export function Tooltip({
  lines,
  at,
  innerW,
  innerH,
}: {
  lines: string[];
  at: number;
  innerW: number;
  innerH: number;
}) {
  const boxX = at + 178 > innerW ? at - 174 : at + 10;
  return (
    <g className="tooltip" aria-hidden="true">
      <line className="hover-line" x1={at} x2={at} y1={0} y2={innerH} />
      <rect x={boxX} y={6} width={164} height={lines.length * 16 + 8} rx={4} />
      {lines.map((t, i) => (
        <text key={t} x={boxX + 8} y={24 + i * 16}>
          {t}
        </text>
      ))}
    </g>
  );
}
