import { memo, useMemo } from 'react';
import { line, scaleLinear, type NumberValue } from 'd3';
import { usePcaStore } from '../../../stores/ml/pca/store';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { formatNumber } from '../../../ui/Readout';

/** Scree plot: each component's explained variance ratio (bars; the first k highlighted) and the cumulative line. */
export const ScreePlot = memo(function ScreePlot({ width }: { width: number }) {
  const pca = usePcaStore((s) => s.pca);
  const k = usePcaStore((s) => s.view.k);
  const w = Math.min(width, 560);
  const height = 220;
  const innerW = w - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const d = pca?.d ?? 1;
  const shown = Math.min(d, 20);
  // Components are whole numbers: the axis ticks 1, 2, … (every step-th when they would crowd), never 0.5.
  const x = useMemo(() => {
    const scale = scaleLinear()
      .domain([0, shown + 1])
      .range([0, innerW]);
    const step = Math.max(1, Math.ceil(shown / Math.max(2, Math.floor(innerW / 36))));
    const ticks: number[] = [];
    for (let i = 1; i <= shown; i += step) ticks.push(i);
    return Object.assign(scale, {
      ticks: () => ticks,
      tickFormat: () => (v: NumberValue) => String(Number(v)),
    });
  }, [shown, innerW]);
  const y = useMemo(() => scaleLinear().domain([0, 1]).range([innerH, 0]), [innerH]);
  if (!pca) return null;
  const bw = Math.max(2, (x(1) - x(0)) * 0.7);
  let acc = 0;
  const cum = Array.from({ length: shown }, (_, i) => (acc += pca.ratio[i]));
  const path = line<number>()
    .x((_, i) => x(i + 1))
    .y((v) => y(v))(cum);
  return (
    <div className="pca-scree">
      <ChartFrame
        width={w}
        height={height}
        x={x}
        y={y}
        xLabel={`component${d > shown ? ` (first ${shown} of ${d})` : ''}`}
        // Short enough to stand beside the 168 px plot in projector mode's bold 14.3 px axis labels (on stage too):
        // "explained variance ratio" (about 205 px there) ran past the top of the chart and was cut.
        yLabel="variance ratio"
        title="Scree plot and cumulative explained variance"
        text={{
          description: `Explained variance ratio of each component (bars; the first k = ${k} darker) and the cumulative ratio (line): the first ${Math.min(k, d)} keep ${formatNumber(pca.ratio.slice(0, k).reduce((a, b) => a + b, 0) * 100, 4)} % of the variance.`,
          table: {
            caption: 'explained variance ratio by component',
            columns: ['component', 'ratio', 'cumulative'],
            rows: cum.map((c, i) => [i + 1, pca.ratio[i], c]),
          },
        }}
      >
        {cum.map((_, i) => (
          <rect
            key={i}
            x={x(i + 1) - bw / 2}
            width={bw}
            y={y(pca.ratio[i])}
            height={innerH - y(pca.ratio[i])}
            className={i < k ? 'pca-bar kept' : 'pca-bar'}
          />
        ))}
        <path d={path ?? ''} className="pca-line" />
        {cum.map((c, i) => (
          <circle key={i} cx={x(i + 1)} cy={y(c)} r={3} className="pca-dot" />
        ))}
      </ChartFrame>
      <p className="legend pca-note" aria-hidden="true">
        Bars: each component’s ratio (the first k in the darker colour); line: cumulative.
      </p>
    </div>
  );
});
