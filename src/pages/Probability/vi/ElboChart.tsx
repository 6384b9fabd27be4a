import { useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import { scaleLinear } from 'd3';
import type { ViPath } from '../../../worker/protocol';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import type { ChartText } from '../../../ui/ChartText';
import { num } from '../shared/chartText';
import { elboDomain, elboPath, movingAverage } from './viPlot';

/** Points in the moving average drawn over the noisy ELBO estimates. */
const SMOOTH = 20;

/** What the replay animation moves without a React render: how much of the curve is drawn. */
export interface ElboPainter {
  paint(count: number): void;
}

/** The ELBO along the fit, against the iteration; the replay grows it through `painter`. */
export function ElboChart({
  path,
  iterations,
  width,
  painter,
}: {
  path: ViPath | null;
  iterations: number;
  width: number;
  painter: Ref<ElboPainter>;
}) {
  const height = 240;
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const domain = useMemo(() => elboDomain(path?.elbo ?? []), [path]);
  const x = useMemo(() => scaleLinear().domain([0, iterations]).range([0, innerW]), [iterations, innerW]);
  const y = useMemo(() => scaleLinear().domain(domain).range([innerH, 0]).nice(), [domain, innerH]);
  const smooth = useMemo(() => (path ? movingAverage(path.elbo, SMOOTH) : null), [path]);
  const raw = useRef<SVGPathElement>(null);
  const line = useRef<SVGPathElement>(null);
  useImperativeHandle(
    painter,
    () => ({
      paint(count) {
        raw.current?.setAttribute('d', path ? elboPath(path.iteration, path.elbo, x, y, count) : '');
        line.current?.setAttribute('d', path && smooth ? elboPath(path.iteration, smooth, x, y, count) : '');
      },
    }),
    [path, smooth, x, y],
  );
  const n = path?.elbo.length ?? 0;
  const last = n > 0 ? path!.elbo[n - 1] : NaN;
  const text: ChartText = {
    description:
      n === 0
        ? 'The ELBO along the fit: nothing fitted yet.'
        : `The ELBO along the fit, ${n} points up to iteration ${path!.iteration[n - 1]}: it starts at ${num(path!.elbo[0])} and ends at ${num(last)}${smooth && Number.isFinite(smooth[n - 1]) ? ` (average of the last ${Math.min(SMOOTH, n)}: ${num(smooth[n - 1])})` : ''}.`,
  };
  return (
    <div className="vi-elbo">
      <ChartFrame
        width={width}
        height={height}
        x={x}
        y={y}
        xLabel="iteration"
        yLabel="ELBO"
        title="ELBO while q is fitted"
        text={text}
      >
        <path ref={raw} className="vi-elbo-raw" d={path ? elboPath(path.iteration, path.elbo, x, y) : ''} />
        <path
          ref={line}
          className="vi-elbo-line"
          d={path && smooth ? elboPath(path.iteration, smooth, x, y) : ''}
        />
      </ChartFrame>
      <p className="vi-elbo-note">
        Thin: each point is a Monte Carlo estimate of the ELBO; thick: the average of the last {SMOOTH}.
      </p>
    </div>
  );
}
