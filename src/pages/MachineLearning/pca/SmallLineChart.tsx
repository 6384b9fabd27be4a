import { useMemo } from 'react';
import { line, scaleLinear } from 'd3';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';

/** A small line chart of y against x = 0, 1, … (or given xs), with one point marked. */
export function SmallLineChart({
  values,
  xs,
  width,
  title,
  xLabel,
  yLabel,
  mark,
  description,
}: {
  values: number[];
  xs: number[];
  width: number;
  title: string;
  xLabel: string;
  yLabel: string;
  mark: number | null;
  description: string;
}) {
  const height = 200;
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const finite = values.filter(Number.isFinite);
  const { x, y } = useMemo(() => {
    const lo = finite.length ? Math.min(...finite) : 0;
    const hi = finite.length ? Math.max(...finite) : 1;
    const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(hi) * 0.05 + 1;
    const x0 = Math.min(...xs);
    const x1 = Math.max(Math.max(...xs), x0 + 1);
    // 9 px of room at both ends: the plot is clipped, and the mark (r = 6, stroke 2.5) on the first or last
    // point (iteration 0, the converged step, k = 1) was cut in half by the frame.
    const room = ((x1 - x0) * 9) / Math.max(1, innerW - 18);
    return {
      x: scaleLinear()
        .domain([x0 - room, x1 + room])
        .range([0, innerW]),
      y: scaleLinear()
        .domain([lo - pad, hi + pad])
        .range([innerH, 0])
        .nice(),
    };
  }, [values, xs, innerW, innerH]); // eslint-disable-line react-hooks/exhaustive-deps
  const path = line<number>()
    .defined(Number.isFinite)
    .x((_, i) => x(xs[i]))
    .y((v) => y(v))(values);
  const step = Math.max(1, Math.ceil(values.length / 12));
  return (
    <ChartFrame
      width={width}
      height={height}
      x={x}
      y={y}
      xLabel={xLabel}
      yLabel={yLabel}
      title={title}
      yTickFormat={finite.some((v) => Math.abs(v) >= 1e4) ? '.3~s' : undefined}
      text={{
        description,
        table: {
          caption: title,
          columns: [xLabel, yLabel],
          rows: values
            .map((v, i) => [xs[i], Number.isFinite(v) ? v : null] as [number, number | null])
            .filter((_, i) => i % step === 0 || i === values.length - 1),
        },
      }}
    >
      <path d={path ?? ''} className="pca-line" />
      {values.length <= 20 &&
        values.map((v, i) =>
          Number.isFinite(v) ? <circle key={i} cx={x(xs[i])} cy={y(v)} r={3} className="pca-dot" /> : null,
        )}
      {mark !== null && Number.isFinite(values[mark]) && (
        <circle
          cx={x(xs[mark])}
          cy={y(values[mark])}
          r={6}
          fill="none"
          stroke="var(--oi-vermillion)"
          strokeWidth={2.5}
        />
      )}
    </ChartFrame>
  );
}
