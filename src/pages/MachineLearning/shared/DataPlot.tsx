import {
  memo,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { line, scaleLinear } from 'd3';
import { ChartTextAlternative, type ChartText } from '../../../ui/ChartText';
import { classColor, readPalette } from './colors';
import { paintLattice, type PictureKind } from './heatmap';
import { MarkerPath } from './markers';

/** The points a plot shows: row-major (x₁, x₂) and a target (class or y), with the test rows marked. */
export interface PlotPoints {
  x: Float64Array;
  y: Float64Array;
  n: number;
  /** isTest[i] = 1 for a test point (drawn hollow). */
  isTest: Uint8Array;
}

export interface DataPlotProps {
  /** Side of the square plot (2-D) or width of the 1-D plot, in CSS pixels. */
  size: number;
  extent: number;
  task: 'classification' | 'regression';
  /** 1-D regression: x₁ across, y up, the model as a curve. */
  oneD: boolean;
  points: PlotPoints;
  /** The model on a lattice (2-D: lattice² cells; 1-D: lattice values along x), or null before the first. */
  picture: ArrayLike<number> | null;
  lattice: number;
  pictureKind: PictureKind;
  /** 1-D: the y range shown. */
  yDomain?: [number, number];
  label: string;
  text: ChartText;
  editable: boolean;
  /** What a new point gets: its class, or (1-D regression) nothing: y is where the click is. */
  brush: number;
  onAdd?(x1: number, x2: number, label: number): void;
  onMove?(index: number, x1: number, x2: number): void;
  onRemove?(index: number): void;
}

const PAD = { left: 36, right: 8, top: 8, bottom: 28 };

/**
 * The data and the model's picture: a heat map (decision regions or a regression surface) painted on a canvas
 * under the points, or the regression curve over the points in 1-D. Click to add a point, drag a point to
 * move it, right-click (or Delete) to remove it; with the keyboard, arrows move a cursor, Enter adds, Delete
 * removes the point nearest the cursor.
 */
export function DataPlot(props: DataPlotProps) {
  const { size, extent, oneD, points, picture, lattice, pictureKind, label, text, editable } = props;
  const width = size;
  const height = oneD ? Math.round(size * 0.62) : size;
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const yDom = oneD ? (props.yDomain ?? [-2, 2]) : [-extent, extent];
  const sx = useMemo(() => scaleLinear().domain([-extent, extent]).range([0, innerW]), [extent, innerW]);
  const sy = useMemo(() => scaleLinear().domain(yDom).range([innerH, 0]), [yDom[0], yDom[1], innerH]); // eslint-disable-line react-hooks/exhaustive-deps
  const canvas = useRef<HTMLCanvasElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const textId = `plot-text${uid}`;
  const clipId = `plot-clip${uid}`;
  const [drag, setDrag] = useState<{ index: number; x1: number; x2: number } | null>(null);
  const [cursor, setCursor] = useState<[number, number] | null>(null);

  // The heat map is painted straight into the canvas: 25 pictures a second never go through React state.
  useEffect(() => {
    const c = canvas.current;
    if (!c || oneD || !picture) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const img = ctx.createImageData(lattice, lattice);
    paintLattice(img.data, picture, lattice, pictureKind, readPalette());
    ctx.putImageData(img, 0, 0);
  }, [picture, lattice, pictureKind, oneD]);

  const toData = (clientX: number, clientY: number, box: DOMRect): [number, number] => [
    sx.invert(clientX - box.left - PAD.left),
    sy.invert(clientY - box.top - PAD.top),
  ];
  const inside = ([a, b]: [number, number]) => a >= -extent && a <= extent && b >= yDom[0] && b <= yDom[1];
  const pointAt = (i: number): [number, number] =>
    oneD ? [points.x[2 * i], points.y[i]] : [points.x[2 * i], points.x[2 * i + 1]];

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!editable || e.button !== 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    const index = Number((e.target as Element).getAttribute?.('data-index') ?? NaN);
    const at = toData(e.clientX, e.clientY, box);
    if (Number.isInteger(index)) {
      e.currentTarget.setPointerCapture(e.pointerId);
      setDrag({ index, x1: at[0], x2: at[1] });
    } else if (inside(at)) props.onAdd?.(at[0], at[1], props.brush);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const at = toData(e.clientX, e.clientY, e.currentTarget.getBoundingClientRect());
    setDrag({ ...drag, x1: clampTo(at[0], extent), x2: Math.max(yDom[0], Math.min(yDom[1], at[1])) });
  };
  const onPointerUp = () => {
    if (!drag) return;
    props.onMove?.(drag.index, drag.x1, drag.x2);
    setDrag(null);
  };
  const onContextMenu = (e: React.MouseEvent<SVGSVGElement>) => {
    const index = Number((e.target as Element).getAttribute?.('data-index') ?? NaN);
    if (!editable || !Number.isInteger(index)) return;
    e.preventDefault();
    props.onRemove?.(index);
  };
  const nearest = (at: [number, number]) => {
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < points.n; i++) {
      const [a, b] = pointAt(i);
      const d = (sx(a) - sx(at[0])) ** 2 + (sy(b) - sy(at[1])) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    }
    return best;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!editable) return;
    const stepX = (2 * extent) / (e.shiftKey ? 5 : 40);
    const stepY = (yDom[1] - yDom[0]) / (e.shiftKey ? 5 : 40);
    const c = cursor ?? [0, (yDom[0] + yDom[1]) / 2];
    const move: Record<string, [number, number]> = {
      ArrowLeft: [-stepX, 0],
      ArrowRight: [stepX, 0],
      ArrowUp: [0, stepY],
      ArrowDown: [0, -stepY],
    };
    if (move[e.key]) {
      e.preventDefault();
      setCursor([
        clampTo(c[0] + move[e.key][0], extent),
        Math.max(yDom[0], Math.min(yDom[1], c[1] + move[e.key][1])),
      ]);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onAdd?.(c[0], c[1], props.brush);
      setCursor(c);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && points.n > 0) {
      e.preventDefault();
      const i = nearest(c);
      if (i >= 0) props.onRemove?.(i);
    }
  };

  const curve = useMemo(() => {
    if (!oneD || !picture) return null;
    const xs = Array.from({ length: lattice }, (_, i) => -extent + (2 * extent * (i + 0.5)) / lattice);
    return line<number>()
      .x((_, i) => sx(xs[i]))
      .y((v) => sy(Math.max(yDom[0] - 10, Math.min(yDom[1] + 10, v))))(Array.from(picture).slice(0, lattice));
  }, [oneD, picture, lattice, extent, sx, sy]); // eslint-disable-line react-hooks/exhaustive-deps

  const hint = editable
    ? 'Click to add a point, drag to move, right-click to remove; keys: arrows move the cursor, Enter adds, Delete removes the nearest point.'
    : '';
  return (
    <div className="data-plot" style={{ width, height }}>
      {!oneD && (
        <canvas
          ref={canvas}
          className="data-plot-heat"
          width={lattice}
          height={lattice}
          style={{ left: PAD.left, top: PAD.top, width: innerW, height: innerH }}
          aria-hidden="true"
        />
      )}
      <svg
        className="chart data-plot-svg"
        width={width}
        height={height}
        role="img"
        aria-label={label}
        aria-describedby={textId}
        tabIndex={editable ? 0 : undefined}
        aria-keyshortcuts={editable ? 'Enter Delete ArrowUp ArrowDown ArrowLeft ArrowRight' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onContextMenu={onContextMenu}
        onKeyDown={onKeyDown}
      >
        <title>{hint}</title>
        <defs>
          <clipPath id={clipId}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          <rect width={innerW} height={innerH} className="data-plot-frame" />
          <Ticks sx={sx} sy={sy} innerH={innerH} innerW={innerW} />
          {/* Points beyond the square (noisy sets) are cut at its edge, never drawn over the axes. */}
          <g clipPath={`url(#${clipId})`}>
            <PointsLayer
              points={points}
              sx={sx}
              sy={sy}
              oneD={oneD}
              task={props.task}
              drag={drag}
              editable={editable}
            />
            {/* The model's curve over the points, so that the fit stays visible through a dense cloud. */}
            {curve && <path d={curve} className="data-plot-curve" />}
          </g>
          {cursor && (
            <g className="data-plot-cursor" transform={`translate(${sx(cursor[0])},${sy(cursor[1])})`}>
              <path d="M-8,0H8M0,-8V8" />
            </g>
          )}
        </g>
      </svg>
      <ChartTextAlternative id={textId} text={text} />
    </div>
  );
}

const clampTo = (v: number, extent: number) => Math.max(-extent, Math.min(extent, v));

function Ticks({
  sx,
  sy,
  innerW,
  innerH,
}: {
  sx: (v: number) => number;
  sy: ((v: number) => number) & { ticks(n: number): number[] };
  innerW: number;
  innerH: number;
}) {
  const xt = (sx as unknown as { ticks(n: number): number[] }).ticks(Math.max(3, Math.floor(innerW / 70)));
  return (
    <g className="axis" aria-hidden="true">
      {xt.map((t) => (
        <text key={`x${t}`} x={sx(t)} y={innerH + 16} textAnchor="middle">
          {t}
        </text>
      ))}
      {sy.ticks(Math.max(3, Math.floor(innerH / 60))).map((t) => (
        <text key={`y${t}`} x={-6} y={sy(t) + 4} textAnchor="end">
          {t}
        </text>
      ))}
    </g>
  );
}

/** The points, memoised: the picture changes 25 times a second, the points only when edited. */
const PointsLayer = memo(function PointsLayer({
  points,
  sx,
  sy,
  oneD,
  task,
  drag,
  editable,
}: {
  points: PlotPoints;
  sx: (v: number) => number;
  sy: (v: number) => number;
  oneD: boolean;
  task: 'classification' | 'regression';
  drag: { index: number; x1: number; x2: number } | null;
  editable: boolean;
}) {
  const marks = [];
  for (let i = 0; i < points.n; i++) {
    let a = points.x[2 * i];
    let b = oneD ? points.y[i] : points.x[2 * i + 1];
    if (drag?.index === i) [a, b] = [drag.x1, drag.x2];
    const cls = task === 'classification' ? points.y[i] : -1;
    const test = points.isTest[i] === 1;
    marks.push(
      <g key={i} transform={`translate(${sx(a)},${sy(b)})`}>
        <MarkerPath
          kind={cls < 0 ? 0 : cls}
          className={`data-point${test ? ' test' : ''}${editable ? ' editable' : ''}`}
          fill={test ? 'var(--panel)' : cls < 0 ? 'var(--muted)' : classColor(cls)}
          stroke={cls < 0 ? 'var(--muted)' : classColor(cls)}
          dataIndex={i}
        />
      </g>,
    );
  }
  return <g>{marks}</g>;
});
