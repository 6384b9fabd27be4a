import { useMemo } from 'react';
import { scaleLinear, curveLinear, curveStepAfter, line } from 'd3';
import type { Distribution, SampleSnapshot } from '../../core';
import { ChartFrame } from '../../ui/ChartFrame';
import { formatNumber } from '../../ui/Readout';
import { empiricalCdf } from './curves';
import { cdfText } from './distributionText';
import { Tooltip } from './DensityChart';
import { useDistributionPlot } from './shared/useDistributionPlot';

const HEIGHT = 240;

/** The true cdf, with the empirical cdf of the sample (at histogram bin edges) over it. */
export function CdfChart({
  dist,
  law,
  range,
  snapshot,
  width,
}: {
  dist: Distribution;
  /** The law's name with its parameters, for the text alternative. */
  law: string;
  range: [number, number];
  snapshot: SampleSnapshot | null;
  width: number;
}) {
  const { curve, innerW, innerH, x, hover, setHover, hx } = useDistributionPlot(dist, range, width, HEIGHT);
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([innerH, 0]), [innerH]);
  const trueLine = line<number>()
    .x((_, i) => x(curve.xs[i]))
    .y((F) => y(F))
    .curve(dist.discrete ? curveStepAfter : curveLinear)(curve.cdf);
  const ecdf = useMemo(() => (snapshot ? empiricalCdf(snapshot) : null), [snapshot]);
  const text = useMemo(() => cdfText(dist, law, snapshot, ecdf), [dist, law, snapshot, ecdf]);
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel="x"
      yLabel="F(x) = P(X ≤ x)"
      title="Cumulative distribution function"
      onPointer={setHover}
      text={text}
    >
      {ecdf && (
        <path
          className="ecdf-line"
          d={
            line<{ x: number; F: number }>()
              .x((p) => x(p.x))
              .y((p) => y(p.F))
              .curve(curveStepAfter)(ecdf) ?? ''
          }
        />
      )}
      <path className="cdf-line" d={trueLine ?? ''} />
      {hx !== null && hover !== null && (
        <Tooltip
          at={hover}
          innerW={innerW}
          innerH={innerH}
          lines={[
            `x = ${formatNumber(dist.discrete ? Math.floor(hx) : hx, 4)}`,
            `F(x) = ${formatNumber(dist.cdf(dist.discrete ? Math.floor(hx) : hx), 4)}`,
          ]}
        />
      )}
    </ChartFrame>
  );
}
