import { useMemo } from 'react';
import { scaleLinear, line } from 'd3';
import type { CltSnapshot } from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { cltHistogramText } from './cltText';
import { normalCurve } from './normalCurve';

const HEIGHT = 320;

/** Histogram of the statistic (as a density) with the normal approximation N(center, scale²) over it. */
export function CltHistogram({
  snapshot,
  law,
  k,
  center,
  scale,
  stat,
  stale,
  width,
  exact = null,
  exactLabel = null,
}: {
  snapshot: CltSnapshot;
  /** The simulated law's name with its parameters, and the draws per statistic, for the text alternative. */
  law: string;
  k: number;
  center: number;
  /** Standard deviation of the statistic; NaN when the CLT does not apply. */
  scale: number;
  stat: 'mean' | 'sum';
  stale: boolean;
  width: number;
  /** The statistic's exact density where it is known in closed form and the normal curve is not drawn. */
  exact?: ((x: number) => number) | null;
  exactLabel?: string | null;
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const { lo, binWidth, density } = snapshot;
  const hi = lo + binWidth * density.length;
  const curve = useMemo(() => {
    if (Number.isFinite(scale) && scale > 0) return normalCurve(center, scale, lo, hi);
    if (!exact) return [];
    return Array.from({ length: 401 }, (_, i) => {
      const x = lo + ((hi - lo) * i) / 400;
      return { x, y: exact(x) };
    });
  }, [center, scale, lo, hi, exact]);
  const x = useMemo(() => scaleLinear().domain([lo, hi]).range([0, innerW]), [lo, hi, innerW]);
  const y = useMemo(() => {
    let top = 0;
    for (const v of density) top = Math.max(top, v);
    for (const p of curve) top = Math.max(top, p.y);
    return scaleLinear()
      .domain([0, top > 0 ? top * 1.08 : 1])
      .range([innerH, 0])
      .nice();
  }, [density, curve, innerH]);
  const bars = useMemo(() => {
    let d = '';
    // Lattice statistics get a gap between bars, so they read as point masses rather than a density.
    const gap = snapshot.spacing > 0 ? Math.min(2, (x(lo + binWidth) - x(lo)) * 0.15) : 0;
    for (let i = 0; i < density.length; i++) {
      if (density[i] <= 0) continue;
      const x0 = x(lo + i * binWidth) + gap;
      const x1 = x(lo + (i + 1) * binWidth) - gap;
      d += `M${x0},${y(0)}V${y(density[i])}H${x1}V${y(0)}Z`;
    }
    return d;
  }, [density, lo, binWidth, x, y, snapshot.spacing]);
  const text = useMemo(
    () => cltHistogramText(snapshot, { law, k, stat }, { center, scale, exact, exactLabel }, stale),
    [snapshot, law, k, stat, center, scale, exact, exactLabel, stale],
  );
  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel={stat === 'mean' ? 'mean of k draws' : 'sum of k draws'}
      yLabel="density"
      title={`Histogram of the ${stat} of k draws with the normal approximation`}
      text={text}
    >
      <g className={stale ? 'stale' : undefined}>
        <path className="histogram" d={bars} />
        {curve.length > 0 && (
          <path
            className={exact && !Number.isFinite(scale) ? 'exact-law' : 'normal-approx'}
            d={path(curve) ?? ''}
          />
        )}
      </g>
    </ChartFrame>
  );
}
