import {
  memo,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { line, scaleLinear } from 'd3';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import { ChartTextAlternative, type ChartText } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';

const PAD = { left: 40, right: 10, top: 10, bottom: 28 };

export interface RegPlotProps {
  width: number;
  points: readonly UserPoint[];
  /** The fit at x, or null when there is none. */
  predict: ((x: number) => number) | null;
  fitted: readonly number[] | null;
  /** Bayesian: the predictive mean and sd at x (a ±2 sd band is drawn) and posterior sample curves. */
  band?: ((x: number) => { mean: number; sd: number }) | null;
  samples?: ((x: number) => number)[] | null;
  /** Held-out points (drawn hollow, not editable). */
  testPoints?: readonly UserPoint[] | null;
  /** Bayesian, one point at a time: points from this index on are not used yet (drawn faded). */
  usedCount?: number;
  text: ChartText;
  onAdd(x: number, y: number): void;
  onMove(index: number, x: number, y: number): void;
  onRemove(index: number): void;
}

/** The data range with a margin, at least [−3, 3] across and [−3, 3] up. */
function domainOf(points: readonly UserPoint[]): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [-3, 3, -3, 3];
  for (const p of points) {
    x0 = Math.min(x0, p.x1);
    x1 = Math.max(x1, p.x1);
    y0 = Math.min(y0, p.x2);
    y1 = Math.max(y1, p.x2);
  }
  const mx = (x1 - x0) * 0.05;
  const my = (y1 - y0) * 0.08;
  return { x: [x0 - mx, x1 + mx], y: [y0 - my, y1 + my] };
}

/**
 * The points, the fitted curve and the residual segments. Click to add a point; drag a point (the fit
 * follows while dragging); right-click or Delete removes it. Each point is a focusable "point i": arrows
 * move it (Shift for larger steps). Memoised: a render of the tab that changes none of its props (the
 * error curves arriving, the deferred render of a drag move) leaves the plot alone.
 */
export const RegPlot = memo(function RegPlot({
  width,
  points,
  predict,
  fitted,
  band,
  samples,
  testPoints,
  usedCount,
  text,
  onAdd,
  onMove,
  onRemove,
}: RegPlotProps) {
  const height = Math.round(width * 0.66);
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  // While a point is dragged the axes stay put (the domain at its start), so it stays under the pointer,
  // and the marks stay as rendered at its start: the dragged one is hidden and a copy of it is drawn on a
  // layer of its own (see the layers below), so a move re-renders and repaints none of the 1,000 focusable
  // points; the release renders them from the points again.
  const [drag, setDrag] = useState<{
    index: number;
    dom: ReturnType<typeof domainOf>;
    points: readonly UserPoint[];
  } | null>(null);
  // Not recomputed while a drag holds the axes (a pass over every point per move).
  const dom = useMemo(() => (drag ? drag.dom : domainOf(points)), [drag, points]);
  const dragging = drag ? drag.index : null;
  const sx = useMemo(() => scaleLinear().domain(dom.x).range([0, innerW]), [dom.x[0], dom.x[1], innerW]); // eslint-disable-line react-hooks/exhaustive-deps
  const sy = useMemo(() => scaleLinear().domain(dom.y).range([innerH, 0]), [dom.y[0], dom.y[1], innerH]); // eslint-disable-line react-hooks/exhaustive-deps
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const textId = `reg-plot-text${uid}`;
  const clipId = `reg-plot-clip${uid}`;

  const curve = useMemo(() => {
    if (!predict) return null;
    const xs = Array.from({ length: 241 }, (_, i) => dom.x[0] + ((dom.x[1] - dom.x[0]) * i) / 240);
    const span = dom.y[1] - dom.y[0];
    const ys = xs.map((x) => predict(x));
    if (!ys.every(Number.isFinite)) return null;
    return line<number>()
      .x((_, i) => sx(xs[i]))
      .y((v) => sy(Math.max(dom.y[0] - 5 * span, Math.min(dom.y[1] + 5 * span, v))))(ys);
  }, [predict, sx, sy]); // eslint-disable-line react-hooks/exhaustive-deps

  const extras = useMemo(() => {
    const xs = Array.from({ length: 121 }, (_, i) => dom.x[0] + ((dom.x[1] - dom.x[0]) * i) / 120);
    const span = dom.y[1] - dom.y[0];
    const cy = (v: number) => sy(Math.max(dom.y[0] - 5 * span, Math.min(dom.y[1] + 5 * span, v)));
    let area: string | null = null;
    if (band) {
      const b = xs.map(band);
      if (b.every((p) => Number.isFinite(p.mean) && Number.isFinite(p.sd))) {
        const top = b.map((p, i) => `${sx(xs[i])},${cy(p.mean + 2 * p.sd)}`);
        const bottom = b.map((p, i) => `${sx(xs[i])},${cy(p.mean - 2 * p.sd)}`).reverse();
        area = `M${top.join('L')}L${bottom.join('L')}Z`;
      }
    }
    const lines = (samples ?? []).map((f) => {
      const ys = xs.map(f);
      return ys.every(Number.isFinite) ? `M${ys.map((v, i) => `${sx(xs[i])},${cy(v)}`).join('L')}` : '';
    });
    return { area, lines };
  }, [band, samples, sx, sy]); // eslint-disable-line react-hooks/exhaustive-deps

  const toData = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [sx.invert(e.clientX - box.left - PAD.left), sy.invert(e.clientY - box.top - PAD.top)];
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const index = Number((e.target as Element).getAttribute?.('data-index') ?? NaN);
    if (Number.isInteger(index)) {
      e.currentTarget.setPointerCapture?.(e.pointerId);
      setDrag({ index, dom, points });
      return;
    }
    const [x, y] = toData(e);
    if (x >= dom.x[0] && x <= dom.x[1] && y >= dom.y[0] && y <= dom.y[1]) onAdd(x, y);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging === null) return;
    const [x, y] = toData(e);
    const cx = Math.max(dom.x[0], Math.min(dom.x[1], x));
    const cy = Math.max(dom.y[0], Math.min(dom.y[1], y));
    onMove(dragging, cx, cy);
  };
  const endDrag = () => setDrag(null);
  const onContextMenu = (e: React.MouseEvent<SVGSVGElement>) => {
    const index = Number((e.target as Element).getAttribute?.('data-index') ?? NaN);
    if (!Number.isInteger(index)) return;
    e.preventDefault();
    onRemove(index);
  };
  const onPointKey = (i: number, e: KeyboardEvent) => {
    const p = points[i];
    const fx = (dom.x[1] - dom.x[0]) / (e.shiftKey ? 5 : 50);
    const fy = (dom.y[1] - dom.y[0]) / (e.shiftKey ? 5 : 50);
    const move: Record<string, [number, number]> = {
      ArrowLeft: [-fx, 0],
      ArrowRight: [fx, 0],
      ArrowUp: [0, fy],
      ArrowDown: [0, -fy],
    };
    if (move[e.key]) {
      e.preventDefault();
      onMove(i, p.x1 + move[e.key][0], p.x2 + move[e.key][1]);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onRemove(i);
    }
  };
  // The marks get one handler for the plot's lifetime, which calls the current render's.
  const keyHandler = useRef(onPointKey);
  useLayoutEffect(() => {
    keyHandler.current = onPointKey;
  });
  const onKey = useMemo(() => (i: number, e: KeyboardEvent) => keyHandler.current(i, e), []);
  // Residual segments as one path: with 1,000 points a drag move rewrites one attribute instead of
  // diffing a thousand elements.
  // Coordinates to 0.1 px by the scales' own affine maps: a third of the text of full-precision numbers
  // through d3, built and parsed at every move.
  const residuals = useMemo(() => {
    if (!fitted) return null;
    const [ax, bx] = affineOf(sx);
    const [ay, by] = affineOf(sy);
    const px = (v: number) => Math.round(v * 10) / 10;
    let d = '';
    for (let i = 0; i < points.length; i++) {
      const f = fitted[i];
      if (Number.isFinite(f))
        d += `M${px(ax * points[i].x1 + bx)},${px(ay * points[i].x2 + by)}V${px(ay * f + by)}`;
    }
    return d;
  }, [points, fitted, sx, sy]);
  // The dragged point as the store holds it (the move just made, clamped to the axes).
  const ghost = dragging !== null && points[dragging] ? points[dragging] : null;
  const xTicks = sx.ticks(Math.max(3, Math.floor(innerW / 70)));
  const yTicks = sy.ticks(Math.max(3, Math.floor(innerH / 45)));
  const frame = `translate(${PAD.left},${PAD.top})`;
  // Four stacked SVGs of one size, so that a drag move repaints only what moved. Back: the frame, the axes
  // and the held-out points (static during a drag). Then the fit: residuals, band, sample lines and curve
  // (redrawn at every move: a few paths). Then the focusable points, which take the pointer (static during
  // a drag). On top, the dragged point. The back and the points are layers of their own (regression.css:
  // will-change), so the 2,000 circles of a 1,000-point set are not painted again at each move.
  return (
    <div className="reg-plot">
      <div className="reg-plot-stack" data-chart-stack>
        <svg className="chart reg-plot-back" width={width} height={height} aria-hidden="true">
          <defs>
            <clipPath id={`${clipId}b`}>
              <rect width={innerW} height={innerH} />
            </clipPath>
          </defs>
          <g transform={frame}>
            <rect width={innerW} height={innerH} className="reg-plot-frame" />
            <g className="axis">
              {xTicks.map((t) => (
                <g key={`x${t}`} transform={`translate(${sx(t)},${innerH})`}>
                  <line y2={4} />
                  <text y={16} textAnchor="middle">
                    {formatNumber(t, 3)}
                  </text>
                </g>
              ))}
              {yTicks.map((t) => (
                <g key={`y${t}`} transform={`translate(0,${sy(t)})`}>
                  <line x2={-4} />
                  <text x={-6} dy="0.32em" textAnchor="end">
                    {formatNumber(t, 3)}
                  </text>
                </g>
              ))}
            </g>
            {testPoints && (
              <g clipPath={`url(#${clipId}b)`}>
                <TestMarks points={testPoints} sx={sx} sy={sy} />
              </g>
            )}
          </g>
        </svg>
        <svg className="chart reg-plot-fit" width={width} height={height} aria-hidden="true">
          <defs>
            <clipPath id={clipId}>
              <rect width={innerW} height={innerH} />
            </clipPath>
          </defs>
          <g transform={frame} clipPath={`url(#${clipId})`}>
            {residuals !== null && (
              <g className="reg-residuals">
                <path d={residuals} />
              </g>
            )}
            {extras.area && <path d={extras.area} className="reg-band" />}
            {extras.lines.map((d, k) => (
              <path key={k} d={d} className="reg-sample" />
            ))}
            {curve && <path d={curve} className="reg-curve" />}
          </g>
        </svg>
        <svg
          className="chart reg-plot-svg"
          width={width}
          height={height}
          role="group"
          aria-label="data and fit"
          aria-describedby={textId}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onContextMenu={onContextMenu}
        >
          <title>
            Click to add a point, drag a point to move it, right-click to remove it; a focused point moves
            with the arrow keys and is removed with Delete.
          </title>
          <g transform={frame}>
            <PointMarks
              points={drag ? drag.points : points}
              sx={sx}
              sy={sy}
              dragging={dragging}
              usedCount={usedCount}
              onKey={onKey}
            />
          </g>
        </svg>
        <svg className="chart reg-plot-drag" width={width} height={height} aria-hidden="true">
          {ghost && (
            <g transform={frame}>
              <circle
                className="reg-point reg-drag-ghost"
                cx={sx(Math.max(dom.x[0], Math.min(dom.x[1], ghost.x1)))}
                cy={sy(Math.max(dom.y[0], Math.min(dom.y[1], ghost.x2)))}
                r={6}
              />
            </g>
          )}
        </svg>
      </div>
      <PlotText id={textId} text={text} />
    </div>
  );
});

/**
 * The plot's text alternative (a table of up to 50 points, formatted cell by cell), memoised: its text
 * follows the settled view, so the plot's render at each drag move leaves it alone.
 */
const PlotText = memo(ChartTextAlternative);

type Scale = (v: number) => number;

/** [a, b] with scale(v) = a·v + b, for a linear scale. */
function affineOf(scale: Scale): [number, number] {
  const b = scale(0);
  return [scale(1) - b, b];
}

/**
 * The focusable points, one component so that a render of the plot that leaves them alone (every drag
 * move: they are the points at the drag's start, see `drag`) bails out here instead of reconciling a
 * thousand children.
 */
const PointMarks = memo(function PointMarks({
  points,
  sx,
  sy,
  dragging,
  usedCount,
  onKey,
}: {
  points: readonly UserPoint[];
  sx: Scale & { domain(): number[] };
  sy: Scale & { domain(): number[] };
  dragging: number | null;
  usedCount: number | undefined;
  onKey: (i: number, e: KeyboardEvent) => void;
}) {
  const [x0, x1] = sx.domain();
  const [y0, y1] = sy.domain();
  return (
    <>
      {points.map((p, i) => (
        <PointMark
          key={i}
          index={i}
          x={p.x1}
          y={p.x2}
          cx={sx(Math.max(x0, Math.min(x1, p.x1)))}
          cy={sy(Math.max(y0, Math.min(y1, p.x2)))}
          dragging={dragging === i}
          unused={usedCount !== undefined && i >= usedCount}
          onKey={onKey}
        />
      ))}
    </>
  );
});

/** The held-out points (hollow, not editable): the same array while training points are dragged (see testPointsOf). */
const TestMarks = memo(function TestMarks({
  points,
  sx,
  sy,
}: {
  points: readonly UserPoint[];
  sx: Scale;
  sy: Scale;
}) {
  return (
    <g className="reg-test-points" aria-hidden="true">
      {points.map((p, i) => (
        <circle key={i} cx={sx(p.x1)} cy={sy(p.x2)} r={4} />
      ))}
    </g>
  );
});

/**
 * One focusable data point. Memoised on its numbers: a drag move re-renders the moved point only, not the
 * other 999.
 */
const PointMark = memo(function PointMark({
  index,
  x,
  y,
  cx,
  cy,
  dragging,
  unused,
  onKey,
}: {
  index: number;
  x: number;
  y: number;
  cx: number;
  cy: number;
  dragging: boolean;
  unused: boolean;
  onKey: (i: number, e: KeyboardEvent) => void;
}) {
  return (
    <circle
      data-index={index}
      className={`reg-point${dragging ? ' dragging' : ''}${unused ? ' reg-unused' : ''}`}
      cx={cx}
      cy={cy}
      r={6}
      tabIndex={0}
      role="button"
      aria-label={`point ${index + 1}`}
      aria-description={`x ${formatNumber(x, 4)}, y ${formatNumber(y, 4)}; arrows move it, Delete removes it`}
      onKeyDown={(e) => onKey(index, e)}
    />
  );
});
