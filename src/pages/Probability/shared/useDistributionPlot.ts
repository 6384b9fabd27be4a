import { useMemo, useState } from 'react';
import { scaleLinear } from 'd3';
import type { Distribution } from '../../../core';
import { MARGIN } from '../../../ui/ChartFrame';
import { sampleCurve } from '../curves';

/**
 * What the Distributions tab's charts share: the law's curve sampled over `range`, the plot's inner size, the
 * x scale (padded by 0.6 for an integer law so its end bars show whole), and the pointer's position (`hover`,
 * in pixels, for ChartFrame's onPointer) with the x it points at (`hx`).
 */
export function useDistributionPlot(
  dist: Distribution,
  range: [number, number],
  width: number,
  height: number,
) {
  const [hover, setHover] = useState<number | null>(null);
  const curve = useMemo(() => sampleCurve(dist, range[0], range[1]), [dist, range]);
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const pad = dist.discrete ? 0.6 : 0;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([range[0] - pad, range[1] + pad])
        .range([0, innerW]),
    [range, pad, innerW],
  );
  const hx = hover === null ? null : x.invert(hover);
  return { curve, innerW, innerH, x, hover, setHover, hx };
}
