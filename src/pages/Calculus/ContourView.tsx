import { useDeferredValue, useMemo, useRef, type MouseEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { useCalculusStore } from '../../stores/calculus/store';
import { ChartFrame, MARGIN, useWidth } from '../../ui/ChartFrame';
import { contourText } from './chartText';
import { contourBands, gradientArrows, undefinedRegion } from './contours';
import { rankColor } from './palette';
import { affineOf } from './geometry';
import { ProbeAxes } from './ProbeAxes';
import { RaceGhosts, RaceLive } from './RaceOverlay';
import { ConstrainedPaths, ConstraintLayer, ConstraintProbe } from './ConstraintView';

/** A band's colour: the height colour softened towards the panel, so the paths stand out in either theme. */
const bandFill = (rank: number) => `color-mix(in srgb, ${rankColor(rank)} 78%, var(--panel))`;

/** Rounds a clicked coordinate to about a thousandth of the visible range, so links stay readable. */
function tidy(v: number, span: number): number {
  const unit = Math.pow(10, Math.floor(Math.log10(span)) - 3);
  return Number((Math.round(v / unit) * unit).toPrecision(12));
}

/**
 * Filled contours of f (d3-contour, levels at percentiles of the values) with the descent
 * directions −∇f, the start point and the optimizer paths. Click sets the start; hover moves the
 * curvature probe.
 */
export function ContourView() {
  const [box, width] = useWidth<HTMLDivElement>(480);
  const grid = useCalculusStore((s) => s.grid);
  const start = useCalculusStore((s) => s.view.start);
  const hover = useCalculusStore((s) => s.hover);
  // Deferred like the drawn paths (RaceOverlay), so the text describes what is on screen.
  const race = useDeferredValue(useCalculusStore((s) => s.race));
  const text = useMemo(() => contourText(grid, start, race), [grid, start, race]);
  const innerW = width - MARGIN.left - MARGIN.right;
  const d = grid?.request;
  const aspect = d ? Math.min(1.25, Math.max(0.5, (d.ymax - d.ymin) / (d.xmax - d.xmin))) : 1;
  const innerH = Math.round(innerW * aspect);
  const height = innerH + MARGIN.top + MARGIN.bottom;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([d?.xmin ?? -1, d?.xmax ?? 1])
        .range([0, innerW]),
    [d, innerW],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([d?.ymin ?? -1, d?.ymax ?? 1])
        .range([innerH, 0]),
    [d, innerH],
  );
  const bands = useMemo(() => (grid ? contourBands(grid.result, x, y) : []), [grid, x, y]);
  const arrows = useMemo(() => (grid ? gradientArrows(grid.result, x, y) : []), [grid, x, y]);
  const undefinedArea = useMemo(() => (grid ? undefinedRegion(grid.result, x, y) : null), [grid, x, y]);
  const [sx, sy] = useMemo(() => [affineOf(x), affineOf(y)], [x, y]);
  // The same elements while only the hover or the race changes, so React skips these subtrees.
  const bandLayer = useMemo(
    () => (
      <g className="calc-bands">
        {grid && <rect width={innerW} height={innerH} style={{ fill: bandFill(0) }} />}
        {bands.map((b, k) => (
          <path key={k} d={b.d} style={{ fill: bandFill(b.rank) }} />
        ))}
      </g>
    ),
    [grid, bands, innerW, innerH],
  );
  const fieldLayer = useMemo(
    () => (
      <g className="calc-field" aria-hidden="true">
        {arrows.map((a, k) => (
          <line key={k} x1={a.x} y1={a.y} x2={a.x + a.dx} y2={a.y + a.dy} markerEnd="url(#calc-arrowhead)" />
        ))}
      </g>
    ),
    [arrows],
  );
  const pending = useRef<[number, number] | null>(null);
  const frame = useRef(0);

  const toData = (e: MouseEvent<SVGRectElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [x.invert(e.clientX - r.left), y.invert(e.clientY - r.top)];
  };
  // Hover reaches the store at most once per frame, however fast the pointer moves.
  const onMove = (e: PointerEvent<SVGRectElement>) => {
    pending.current = toData(e);
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      useCalculusStore.getState().setHover(pending.current);
    });
  };
  const onLeave = () => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    useCalculusStore.getState().setHover(null);
  };
  const onClick = (e: MouseEvent<SVGRectElement>) => {
    const [px, py] = toData(e);
    const s = useCalculusStore.getState();
    const ran = s.race !== null || s.running;
    s.set('start', [tidy(px, x.domain()[1] - x.domain()[0]), tidy(py, y.domain()[1] - y.domain()[0])]);
    if (ran) s.run({ play: true });
  };

  return (
    <div className="calc-contour" ref={box}>
      <h2 className="calc-view-title">Contours and −∇f</h2>
      <div className="calc-plot">
        <ChartFrame
          width={width}
          height={height}
          x={x}
          y={y}
          xLabel="x"
          yLabel="y"
          title="Contour plot of f with descent directions and optimizer paths"
          text={text}
        >
          {bandLayer}
          {undefinedArea && (
            <g className="calc-undefined">
              <path d={undefinedArea.d} style={{ fill: 'url(#calc-hatch)' }} />
              <text x={undefinedArea.label.x} y={undefinedArea.label.y} textAnchor="middle">
                undefined
              </text>
            </g>
          )}
          {fieldLayer}
          <ConstraintLayer sx={sx} sy={sy} />
          <defs>
            <pattern
              id="calc-hatch"
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="8" height="8" className="calc-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="8" className="calc-hatch-line" />
            </pattern>
            <marker
              id="calc-arrowhead"
              viewBox="0 0 6 6"
              refX="5"
              refY="3"
              markerWidth="5"
              markerHeight="5"
              orient="auto"
            >
              <path d="M0,0 L6,3 L0,6 z" className="calc-arrowhead" />
            </marker>
          </defs>
          <RaceGhosts sx={sx} sy={sy} width={innerW} height={innerH} />
        </ChartFrame>
        <svg
          className="calc-live"
          width={innerW}
          height={innerH}
          style={{ left: MARGIN.left, top: MARGIN.top }}
          aria-hidden="true"
        >
          <RaceLive sx={sx} sy={sy} />
          <ConstrainedPaths sx={sx} sy={sy} />
          <ProbeAxes sx={sx} sy={sy} />
          {hover && <circle className="calc-hover" cx={x(hover[0])} cy={y(hover[1])} r={5} />}
          <g className="calc-start" transform={`translate(${x(start[0])},${y(start[1])})`}>
            <circle r={6} />
            <path d="M-9,0 H9 M0,-9 V9" />
          </g>
          <rect
            width={innerW}
            height={innerH}
            fill="transparent"
            className="calc-click"
            onPointerMove={onMove}
            onPointerLeave={onLeave}
            onClick={onClick}
          />
        </svg>
        <svg
          className="calc-live calc-probe-layer"
          width={innerW}
          height={innerH}
          style={{ left: MARGIN.left, top: MARGIN.top }}
        >
          <ConstraintProbe sx={sx} sy={sy} />
        </svg>
      </div>
      {!grid && <p className="fine">Evaluating f on the grid…</p>}
    </div>
  );
}
