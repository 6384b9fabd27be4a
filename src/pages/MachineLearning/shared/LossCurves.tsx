import { useMemo } from 'react';
import { line, scaleLinear, scaleLog } from 'd3';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { logTickText } from '../../../ui/powerTicks';
import { formatNumber } from '../../../ui/Readout';

/**
 * Training and test loss against epochs, on a linear or a log scale. `history` holds (epoch, training loss,
 * test loss) triples; a test loss that is NaN (no test points) is left out.
 */
export function LossCurves({
  history,
  width,
  log,
  title = 'Loss curves',
}: {
  history: Float64Array | null;
  width: number;
  log: boolean;
  title?: string;
}) {
  const height = 220;
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const rows = useMemo(() => {
    const out: { epoch: number; train: number; test: number }[] = [];
    if (!history) return out;
    for (let i = 0; i + 2 < history.length; i += 3)
      out.push({ epoch: history[i], train: history[i + 1], test: history[i + 2] });
    return out;
  }, [history]);
  const { x, y } = useMemo(() => {
    const last = rows.length > 0 ? rows[rows.length - 1].epoch : 1;
    const finite = rows.flatMap((r) => [r.train, r.test]).filter((v) => Number.isFinite(v) && v > 0);
    const hi = finite.length > 0 ? Math.max(...finite) : 1;
    const lo = finite.length > 0 ? Math.min(...finite) : 0.01;
    // At least five epochs wide: after one or two Steps the axis counted epochs in tenths (0.2, 0.4, …).
    const x = scaleLinear()
      .domain([0, Math.max(5, last)])
      .range([0, innerW]);
    const y = log
      ? scaleLog()
          .domain([Math.max(1e-12, lo / 1.5), hi * 1.5])
          .range([innerH, 0])
          .clamp(true)
      : scaleLinear()
          .domain([0, hi * 1.05])
          .range([innerH, 0]);
    return { x, y };
  }, [rows, log, innerW, innerH]);
  const path = (key: 'train' | 'test') =>
    line<(typeof rows)[number]>()
      .defined((r) => Number.isFinite(r[key]) && (!log || r[key] > 0))
      .x((r) => x(r.epoch))
      .y((r) => y(r[key]))(rows) ?? '';
  const last = rows[rows.length - 1];
  const hasTest = rows.some((r) => Number.isFinite(r.test));
  return (
    <div className="loss-curves">
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        xLabel="epoch"
        yLabel={log ? 'loss (log scale)' : 'loss'}
        title={title}
        yTickFormat={log ? logTickText : undefined}
        text={{
          description: last
            ? `Loss after ${last.epoch} epochs: training ${formatNumber(last.train, 4)}${
                hasTest ? `, test ${formatNumber(last.test, 4)}` : ''
              }.`
            : 'No training yet.',
          table: {
            caption: 'Loss by epoch (every tenth point)',
            columns: ['epoch', 'training loss', 'test loss'],
            rows: rows
              .filter((_, i) => i % Math.max(1, Math.ceil(rows.length / 10)) === 0 || i === rows.length - 1)
              .map((r) => [
                r.epoch,
                formatNumber(r.train, 4),
                Number.isFinite(r.test) ? formatNumber(r.test, 4) : '—',
              ]),
          },
        }}
      >
        <path d={path('train')} className="loss-line train" />
        {hasTest && <path d={path('test')} className="loss-line test" />}
      </ChartFrame>
      <p className="legend" aria-hidden="true">
        <span className="key train">training loss</span>
        {hasTest && <span className="key test">test loss (dashed)</span>}
      </p>
    </div>
  );
}
