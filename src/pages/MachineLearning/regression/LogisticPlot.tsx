import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleLinear } from 'd3';
import type { UserPoint } from '../../../stores/ml/nn/fields';
import { LATTICE, type LogisticView } from '../../../stores/ml/regression/logistic';
import { ChartTextAlternative, type ChartText } from '../../../ui/ChartText';
import { formatNumber } from '../../../ui/Readout';
import { classColor, readPalette } from '../shared/colors';
import { paintLattice } from '../shared/heatmap';
import { MarkerPath } from '../shared/markers';

const PAD = { left: 40, right: 10, top: 10, bottom: 28 };

/**
 * Two classes in 2-D over the fitted sigmoid σ(b + w·x) painted as a heat map (class-0 hue … class-1 hue),
 * with the decision line σ = ½. Click adds a point of the chosen class, drag moves one, right-click or
 * Delete removes it; each point is a focusable "point i" moved by the arrow keys.
 */
export function LogisticPlot({
  width,
  points,
  model,
  brush,
  text,
  onAdd,
  onMove,
  onRemove,
}: {
  width: number;
  points: readonly UserPoint[];
  model: LogisticView | null;
  brush: number;
  text: ChartText;
  onAdd(x1: number, x2: number, label: number): void;
  onMove(index: number, x1: number, x2: number): void;
  onRemove(index: number): void;
}) {
  const side = Math.max(260, Math.min(width, 520));
  const innerW = side - PAD.left - PAD.right;
  const innerH = side - PAD.top - PAD.bottom;
  const [drag, setDrag] = useState<{ index: number; box: LogisticView['box'] } | null>(null);
  const liveBox = useMemo(() => {
    let [x1Min, x1Max, x2Min, x2Max] = [-3, 3, -3, 3];
    for (const p of points) {
      [x1Min, x1Max] = [Math.min(x1Min, p.x1), Math.max(x1Max, p.x1)];
      [x2Min, x2Max] = [Math.min(x2Min, p.x2), Math.max(x2Max, p.x2)];
    }
    return { x1Min, x1Max, x2Min, x2Max };
  }, [points]);
  const box = drag ? drag.box : liveBox;
  const sx = scaleLinear().domain([box.x1Min, box.x1Max]).range([0, innerW]);
  const sy = scaleLinear().domain([box.x2Min, box.x2Max]).range([innerH, 0]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const textId = `reg-logit-text${uid}`;
  // The sigmoid is painted straight into the canvas (it is on the model's own box, the plot's while not dragging).
  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    if (!model) {
      ctx.clearRect(0, 0, LATTICE, LATTICE);
      return;
    }
    const img = ctx.createImageData(LATTICE, LATTICE);
    paintLattice(img.data, model.sigmoid, LATTICE, { kind: 'probability', outputs: 1 }, readPalette());
    ctx.putImageData(img, 0, 0);
  }, [model]);
  const heat = model
    ? {
        left: PAD.left + sx(model.box.x1Min),
        top: PAD.top + sy(model.box.x2Max),
        width: sx(model.box.x1Max) - sx(model.box.x1Min),
        height: sy(model.box.x2Min) - sy(model.box.x2Max),
      }
    : null;

  const toData = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [sx.invert(e.clientX - r.left - PAD.left), sy.invert(e.clientY - r.top - PAD.top)];
  };
  const clampX = (v: number) => Math.max(box.x1Min, Math.min(box.x1Max, v));
  const clampY = (v: number) => Math.max(box.x2Min, Math.min(box.x2Max, v));
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const index = Number((e.target as Element).getAttribute?.('data-index') ?? NaN);
    if (Number.isInteger(index)) {
      e.currentTarget.setPointerCapture?.(e.pointerId);
      setDrag({ index, box: liveBox });
      return;
    }
    const [a, b] = toData(e);
    if (a >= box.x1Min && a <= box.x1Max && b >= box.x2Min && b <= box.x2Max) onAdd(a, b, brush);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const [a, b] = toData(e);
    onMove(drag.index, clampX(a), clampY(b));
  };
  const onContextMenu = (e: React.MouseEvent<SVGSVGElement>) => {
    const index = Number((e.target as Element).getAttribute?.('data-index') ?? NaN);
    if (!Number.isInteger(index)) return;
    e.preventDefault();
    onRemove(index);
  };
  const onPointKey = (i: number) => (e: KeyboardEvent) => {
    const p = points[i];
    const fx = (box.x1Max - box.x1Min) / (e.shiftKey ? 5 : 50);
    const fy = (box.x2Max - box.x2Min) / (e.shiftKey ? 5 : 50);
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
  const line = model?.boundary;
  return (
    <div className="reg-logit">
      <div className="data-plot reg-logit-plot" style={{ width: side, height: side }}>
        {heat && (
          <canvas
            ref={canvas}
            className="data-plot-heat"
            width={LATTICE}
            height={LATTICE}
            style={heat}
            aria-hidden="true"
          />
        )}
        <svg
          className="chart data-plot-svg reg-plot-svg"
          width={side}
          height={side}
          role="group"
          aria-label="classes, sigmoid and decision line"
          aria-describedby={textId}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => setDrag(null)}
          onPointerCancel={() => setDrag(null)}
          onContextMenu={onContextMenu}
        >
          <title>
            Click to add a point of the chosen class, drag a point to move it, right-click to remove it; a
            focused point moves with the arrow keys and is removed with Delete.
          </title>
          <g transform={`translate(${PAD.left},${PAD.top})`}>
            <rect width={innerW} height={innerH} className="data-plot-frame reg-logit-frame" />
            <g className="axis reg-axis" aria-hidden="true">
              {sx.ticks(Math.max(3, Math.floor(innerW / 70))).map((t) => (
                <text key={`x${t}`} x={sx(t)} y={innerH + 16} textAnchor="middle">
                  {formatNumber(t, 3)}
                </text>
              ))}
              {sy.ticks(Math.max(3, Math.floor(innerH / 45))).map((t) => (
                <text key={`y${t}`} x={-6} y={sy(t)} dy="0.32em" textAnchor="end">
                  {formatNumber(t, 3)}
                </text>
              ))}
            </g>
            {line && (
              <line
                x1={sx(line[0][0])}
                y1={sy(line[0][1])}
                x2={sx(line[1][0])}
                y2={sy(line[1][1])}
                className="reg-boundary"
                aria-hidden="true"
              />
            )}
            {points.map((p, i) => (
              <g
                key={i}
                transform={`translate(${sx(clampX(p.x1))},${sy(clampY(p.x2))}) scale(1.4)`}
                tabIndex={0}
                role="button"
                aria-label={`point ${i + 1}`}
                aria-description={`class ${p.label}, x₁ ${formatNumber(p.x1, 4)}, x₂ ${formatNumber(p.x2, 4)}; arrows move it, Delete removes it`}
                className={`reg-class-point${drag?.index === i ? ' dragging' : ''}`}
                onKeyDown={onPointKey(i)}
              >
                <MarkerPath
                  kind={p.label}
                  dataIndex={i}
                  fill={classColor(p.label)}
                  stroke="var(--text)"
                  className="reg-class-marker"
                />
              </g>
            ))}
          </g>
        </svg>
      </div>
      <ChartTextAlternative id={textId} text={text} />
    </div>
  );
}
