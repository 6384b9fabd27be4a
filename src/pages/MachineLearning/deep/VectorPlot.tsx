import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import { formatNumber } from '../../../ui/Readout';
import { spreadLabels } from '../shared/spreadLabels';

export interface PlotVector {
  x: number;
  y: number;
  label: string;
  /** 'point' a dot (draggable when the plot has onMove), 'arrow' from the origin. */
  kind: 'point' | 'arrow';
  tone: 'muted' | 'accent' | 'second';
  strong?: boolean;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A square 2-D plot centred on the origin: dots (draggable with the pointer, movable with the arrow keys
 * when `onMove` is given) and arrows from the origin, with axes through 0. The extent grows to hold every
 * vector (at least `minExtent`).
 */
export function VectorPlot({
  vectors,
  size,
  title,
  description,
  onMove,
  minExtent = 1.5,
  path,
  pathClass = 'deep-path',
  axisNames,
}: {
  vectors: PlotVector[];
  size: number;
  title: string;
  description: string;
  onMove?: (index: number, x: number, y: number) => void;
  minExtent?: number;
  /** A polyline through these points (the hidden-state path). */
  path?: [number, number][];
  pathClass?: string;
  /** Names of the horizontal and vertical axes, written at their ends. */
  axisNames?: [string, string];
}) {
  const finite = [...vectors.flatMap((v) => [v.x, v.y]), ...(path ?? []).flat()].filter(Number.isFinite);
  const extent = Math.max(minExtent, ...finite.map((v) => Math.abs(v) * 1.12));
  const m = 22;
  const sx = scaleLinear()
    .domain([-extent, extent])
    .range([m, size - m]);
  const sy = scaleLinear()
    .domain([-extent, extent])
    .range([size - m, m]);
  // Each name beside its dot or arrow tip, on the side with room, and names that would overlap (two tokens
  // with nearly the same embedding, "1 the" and "5 the" by default) moved apart: 11 px text, ~6.2 px a letter.
  const labels = vectors.map((v) => {
    const dx = v.kind === 'arrow' ? 5 : 9;
    const w = 6.2 * v.label.length;
    const px = Number.isFinite(v.x) ? sx(v.x) : 0;
    // A vector that is not drawn (not finite) keeps its label far away from the others.
    const py = Number.isFinite(v.x) && Number.isFinite(v.y) ? sy(v.y) : -1e4;
    const left = px + dx + w > size - 2;
    const x = left ? px - dx : px + dx;
    return {
      x,
      anchor: left ? ('end' as const) : ('start' as const),
      x0: left ? x - w : x,
      x1: left ? x : x + w,
      y: py - (v.kind === 'arrow' ? 5 : 7),
    };
  });
  const labelY = spreadLabels(labels);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<number | null>(null);
  const toData = (e: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    const clamp = (v: number) => Math.max(-extent, Math.min(extent, v));
    return [clamp(round(sx.invert(e.clientX - box.left))), clamp(round(sy.invert(e.clientY - box.top)))];
  };
  const onKey = (i: number, v: PlotVector) => (e: KeyboardEvent) => {
    const step = e.shiftKey ? 0.5 : 0.1;
    const d: Record<string, [number, number]> = {
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
    };
    if (!d[e.key] || !onMove) return;
    e.preventDefault();
    onMove(i, round(v.x + d[e.key][0]), round(v.y + d[e.key][1]));
  };
  const ticks = sx.ticks(4).filter((t) => t !== 0);
  return (
    <svg
      ref={svg}
      className="deep-vectors"
      width={size}
      height={size}
      role="group"
      aria-label={`${title}. ${description}`}
      onPointerMove={(e) => {
        if (drag.current === null || !onMove) return;
        const [x, y] = toData(e);
        onMove(drag.current, x, y);
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    >
      <defs>
        {['muted', 'accent', 'second'].map((t) => (
          <marker
            key={t}
            id={`deep-arrow-${t}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`deep-arrowhead deep-tone-${t}`} />
          </marker>
        ))}
      </defs>
      <rect className="deep-plot-frame" x={m} y={m} width={size - 2 * m} height={size - 2 * m} />
      <line className="deep-axis" x1={sx(-extent)} x2={sx(extent)} y1={sy(0)} y2={sy(0)} />
      <line className="deep-axis" x1={sx(0)} x2={sx(0)} y1={sy(-extent)} y2={sy(extent)} />
      {axisNames && (
        <>
          <text className="deep-tick" x={size - m - 2} y={sy(0) - 5} textAnchor="end">
            {axisNames[0]}
          </text>
          <text className="deep-tick" x={sx(0) + 5} y={m + 10}>
            {axisNames[1]}
          </text>
        </>
      )}
      {ticks.map((t) => (
        <g key={t}>
          <text className="deep-tick" x={sx(t)} y={sy(0) + 12} textAnchor="middle">
            {formatNumber(t, 3)}
          </text>
          <text className="deep-tick" x={sx(0) - 4} y={sy(t) + 4} textAnchor="end">
            {formatNumber(t, 3)}
          </text>
        </g>
      ))}
      {path && path.length > 1 && (
        <polyline
          className={pathClass}
          points={path
            .filter((q) => q.every(Number.isFinite))
            .map(([x, y]) => `${sx(x)},${sy(y)}`)
            .join(' ')}
        />
      )}
      {vectors.map((v, i) =>
        !Number.isFinite(v.x) || !Number.isFinite(v.y) ? null : v.kind === 'arrow' ? (
          <g key={i}>
            <line
              className={`deep-arrow deep-tone-${v.tone}${v.strong ? ' deep-strong' : ''}`}
              x1={sx(0)}
              y1={sy(0)}
              x2={sx(v.x)}
              y2={sy(v.y)}
              markerEnd={`url(#deep-arrow-${v.tone})`}
            />
            <text className="deep-vlabel" x={labels[i].x} y={labelY[i]} textAnchor={labels[i].anchor}>
              {v.label}
            </text>
          </g>
        ) : (
          <g key={i}>
            <circle
              className={`deep-point deep-tone-${v.tone}${onMove ? ' deep-draggable' : ''}`}
              cx={sx(v.x)}
              cy={sy(v.y)}
              r={onMove ? 8 : 4}
              tabIndex={onMove ? 0 : undefined}
              role={onMove ? 'button' : undefined}
              aria-label={
                onMove
                  ? `${v.label} at (${formatNumber(v.x, 3)}, ${formatNumber(v.y, 3)}): arrow keys move it`
                  : undefined
              }
              onKeyDown={onMove ? onKey(i, v) : undefined}
              onPointerDown={
                onMove
                  ? (e) => {
                      drag.current = i;
                      svg.current?.setPointerCapture?.(e.pointerId);
                    }
                  : undefined
              }
            />
            <text className="deep-vlabel" x={labels[i].x} y={labelY[i]} textAnchor={labels[i].anchor}>
              {v.label}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
