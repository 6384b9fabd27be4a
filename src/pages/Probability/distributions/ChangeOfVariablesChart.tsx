import { useMemo } from 'react';
import { area, line, scaleLinear } from 'd3';
import type { TransformSampleSnapshot } from '../../../core';
import { ChartFrame } from '../../../ui/ChartFrame';
import type { ChartText } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';
import { densityTop } from '../curves';

const HEIGHT = 280;

/**
 * The histogram of the samples of Y = g(X) (from the worker) with the density p_Y(y) the core computes by
 * the change of variables drawn over it. Infinite density values (χ²₁ at 0) are drawn at the top of the
 * axis; the axis stops at four times the 90th percentile of the curve when it has a pole.
 */
export function ChangeOfVariablesChart({
  ys,
  density,
  snapshot,
  width,
  g,
}: {
  ys: readonly number[];
  density: readonly number[];
  snapshot: TransformSampleSnapshot | null;
  width: number;
  g: string;
}) {
  const lo = ys[0];
  const hi = ys[ys.length - 1];
  const innerW = Math.max(10, width - 72);
  const innerH = HEIGHT - 52;
  const x = useMemo(() => scaleLinear().domain([lo, hi]).range([0, innerW]), [lo, hi, innerW]);
  // The curve is 0 or finite away from a pole; a pole's Infinity is left out of the axis's percentiles.
  const top = useMemo(
    () => densityTop({ density: density.filter((d) => Number.isFinite(d)) }, snapshot),
    [density, snapshot],
  );
  const y = useMemo(() => scaleLinear().domain([0, top]).range([innerH, 0]).nice(), [top, innerH]);
  const capped = useMemo(
    () =>
      density.map((d) =>
        Number.isFinite(d) ? Math.min(d, y.domain()[1]) : Number.isNaN(d) ? 0 : y.domain()[1],
      ),
    [density, y],
  );
  const bars = useMemo(() => {
    if (!snapshot) return '';
    let d = '';
    const { lo: hlo, binWidth, density: h } = snapshot;
    for (let i = 0; i < h.length; i++) {
      if (!(h[i] > 0)) continue;
      const x0 = x(hlo + i * binWidth);
      const x1 = x(hlo + (i + 1) * binWidth);
      d += `M${x0},${y(0)}V${y(Math.min(h[i], y.domain()[1]))}H${x1}V${y(0)}Z`;
    }
    return d;
  }, [snapshot, x, y]);
  const text = useMemo(() => chartText(ys, density, snapshot, g), [ys, density, snapshot, g]);
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel="y"
      yLabel="density of Y"
      title="Density of Y = g(X) and the histogram of its samples"
      text={text}
    >
      {bars && <path className="histogram" d={bars} />}
      <path
        className="density-fill"
        d={
          area<number>()
            .x((_, i) => x(ys[i]))
            .y0(y(0))
            .y1((d) => y(d))(capped) ?? ''
        }
      />
      <path
        className="density-line"
        d={
          line<number>()
            .x((_, i) => x(ys[i]))
            .y((d) => y(d))(capped) ?? ''
        }
      />
    </ChartFrame>
  );
}

function chartText(
  ys: readonly number[],
  density: readonly number[],
  s: TransformSampleSnapshot | null,
  g: string,
): ChartText {
  const rows: (string | number | null)[][] = [];
  const step = Math.max(1, Math.floor(ys.length / 8));
  for (let i = 0; i < ys.length; i += step) {
    let hist: number | null = null;
    if (s) {
      const k = Math.floor((ys[i] - s.lo) / s.binWidth);
      if (k >= 0 && k < s.density.length) hist = s.density[k];
    }
    rows.push([ys[i], Number.isFinite(density[i]) ? density[i] : '∞', hist]);
  }
  return {
    description:
      `The density of Y = ${g} from the change of variables over y from ${formatNumber(ys[0], 4)} to ` +
      `${formatNumber(ys[ys.length - 1], 4)}` +
      (s ? `, with the histogram of ${s.drawn} samples of Y drawn over it.` : '; no samples of Y yet.'),
    table: {
      caption: 'Density of Y and the histogram at some y',
      columns: ['y', 'p_Y(y)', 'histogram'],
      rows,
    },
  };
}
