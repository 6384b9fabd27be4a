import { useMemo } from 'react';
import { scaleLinear, area, line } from 'd3';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { functionText } from './mcText';

const HEIGHT = 220;

/** f on [a, b] with the signed area under it shaded: the quantity being estimated. */
export function FunctionPlot({
  f,
  source,
  a,
  b,
  width,
}: {
  f: (x: number) => number;
  /** f as typed, to name it in the text alternative. */
  source: string;
  a: number;
  b: number;
  width: number;
}) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const pts = useMemo(
    () =>
      Array.from({ length: 301 }, (_, i) => {
        const x = a + ((b - a) * i) / 300;
        return { x, y: f(x) };
      }),
    [f, a, b],
  );
  const x = useMemo(() => scaleLinear().domain([a, b]).range([0, innerW]), [a, b, innerW]);
  const y = useMemo(() => {
    const ys = pts.map((p) => p.y).filter(Number.isFinite);
    const lo = Math.min(0, ...ys);
    const hi = Math.max(0, ...ys);
    return scaleLinear()
      .domain(hi > lo ? [lo, hi] : [-1, 1])
      .range([innerH, 0])
      .nice();
  }, [pts, innerH]);
  const text = useMemo(() => functionText(source, a, b, pts), [source, a, b, pts]);
  const ok = (p: { y: number }) => Number.isFinite(p.y);
  const fill =
    area<{ x: number; y: number }>()
      .defined(ok)
      .x((p) => x(p.x))
      .y0(y(0))
      .y1((p) => y(p.y))(pts) ?? '';
  const path =
    line<{ x: number; y: number }>()
      .defined(ok)
      .x((p) => x(p.x))
      .y((p) => y(p.y))(pts) ?? '';
  return (
    <ChartFrame
      width={width}
      height={HEIGHT}
      x={x}
      y={y}
      xLabel="x"
      yLabel="f(x)"
      title="The integrand on [a, b], area shaded"
      text={text}
    >
      <path className="density-fill" d={fill} />
      <line className="zero-line" x1={0} x2={innerW} y1={y(0)} y2={y(0)} />
      <path className="density-line" d={path} />
    </ChartFrame>
  );
}
