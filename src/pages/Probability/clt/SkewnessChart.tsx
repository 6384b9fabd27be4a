import { useMemo } from 'react';
import { scaleLinear, scaleLog, line } from 'd3';
import { CLT_MAX_K } from '../../../core';
import type { SkewPoint } from '../../../stores/probability/clt/store';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { skewnessText } from './cltText';

const HEIGHT = 240;

/**
 * Measured skewness of the statistic at each k run so far (±2 approximate standard errors, √(6/reps)),
 * against the theoretical γ₁/√k.
 */
export function SkewnessChart({
  gamma1,
  history,
  currentK,
  width,
}: {
  gamma1: number;
  history: SkewPoint[];
  currentK: number;
  width: number;
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  // Padded past 1 and 1000 so that points at the ends are not cut by the plot edge.
  const x = useMemo(
    () =>
      scaleLog()
        .domain([0.8, CLT_MAX_K * 1.25])
        .range([0, innerW]),
    [innerW],
  );
  const y = useMemo(() => {
    const vals = history.flatMap((p) => [
      p.skewness - 2 * Math.sqrt(6 / p.reps),
      p.skewness + 2 * Math.sqrt(6 / p.reps),
    ]);
    if (Number.isFinite(gamma1)) vals.push(gamma1, 0);
    const lo = Math.min(0, ...vals);
    const hi = Math.max(0.1, ...vals);
    return scaleLinear()
      .domain([lo - 0.05 * (hi - lo), hi + 0.05 * (hi - lo)])
      .range([innerH, 0])
      .nice();
  }, [history, gamma1, innerH]);
  const theory = useMemo(() => {
    if (!Number.isFinite(gamma1)) return '';
    const ks = Array.from({ length: 61 }, (_, i) => 10 ** ((3 * i) / 60));
    return (
      line<number>()
        .x((k) => x(k))
        .y((k) => y(gamma1 / Math.sqrt(k)))(ks) ?? ''
    );
  }, [gamma1, x, y]);
  const text = useMemo(() => skewnessText(gamma1, history, currentK), [gamma1, history, currentK]);
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel="k (log scale)"
      yLabel="skewness"
      title="Skewness of the statistic against k: measured points and the curve γ₁/√k"
      text={text}
    >
      <line className="zero-line" x1={0} x2={innerW} y1={y(0)} y2={y(0)} />
      {theory && <path className="skew-theory" d={theory} />}
      {history.map((p) => {
        const se = Math.sqrt(6 / p.reps);
        return (
          <g key={p.k} className={p.k === currentK ? 'skew-point current' : 'skew-point'}>
            <line x1={x(p.k)} x2={x(p.k)} y1={y(p.skewness - 2 * se)} y2={y(p.skewness + 2 * se)} />
            {p.k === currentK ? (
              <rect x={x(p.k) - 5} y={y(p.skewness) - 5} width={10} height={10} />
            ) : (
              <circle cx={x(p.k)} cy={y(p.skewness)} r={4} />
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
