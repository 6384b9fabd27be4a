import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatNumber } from '../../../ui/Readout';

const HEIGHT = 220;
const PAD = { top: 22, right: 10, bottom: 30, left: 40 };
const GRID = [0, 0.25, 0.5, 0.75, 1];

/**
 * A discrete distribution the student edits by dragging its bars (pointer) or with the keyboard: each bar
 * is a focusable slider (arrows ±0.01, Page Up/Down ±0.1, Home 0, End 1). Every change goes through
 * `onSet(i, v)`, which renormalises the others so the total stays 1.
 */
export function BarEditor({
  name,
  values,
  width,
  onSet,
  flagged = [],
  flagNote,
  reference,
}: {
  /** Short name of the distribution ("P"); bars are labelled `${name}(i)`. */
  name: string;
  values: number[];
  width: number;
  onSet: (i: number, v: number) => void;
  /** Outcomes to mark (e.g. a zero of Q where P is positive), drawn with a hatched outline. */
  flagged?: number[];
  flagNote?: string;
  /** A horizontal reference level with its label (the uniform 1/n). */
  reference?: { value: number; label: string };
}) {
  const dragging = useRef<number | null>(null);
  // A container measured while hidden (Suspense) reports a tiny width: never draw narrower than this.
  const w = Math.max(220, width);
  const n = values.length;
  const innerW = w - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const band = innerW / n;
  const y = (v: number) => innerH * (1 - v);
  const valueAt = (clientY: number, svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return 1 - (clientY - box.top - PAD.top) / innerH;
  };
  const barAt = (clientX: number, svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return Math.min(n - 1, Math.max(0, Math.floor((clientX - box.left - PAD.left) / band)));
  };
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const i = barAt(e.clientX, e.currentTarget);
    dragging.current = i;
    e.currentTarget.setPointerCapture(e.pointerId);
    onSet(i, snap(valueAt(e.clientY, e.currentTarget)));
    // Keep keyboard users and pointer users on the same bar.
    (e.currentTarget.querySelectorAll('[role="slider"]')[i] as SVGGElement | undefined)?.focus();
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging.current === null) return;
    onSet(dragging.current, snap(valueAt(e.clientY, e.currentTarget)));
  };
  const onUp = () => {
    dragging.current = null;
  };
  const onKey = (i: number) => (e: KeyboardEvent) => {
    const step = {
      ArrowUp: 0.01,
      ArrowRight: 0.01,
      ArrowDown: -0.01,
      ArrowLeft: -0.01,
      PageUp: 0.1,
      PageDown: -0.1,
    }[e.key];
    const v = step !== undefined ? values[i] + step : e.key === 'Home' ? 0 : e.key === 'End' ? 1 : null;
    if (v === null) return;
    e.preventDefault();
    onSet(i, Math.round(v * 1e6) / 1e6);
  };
  return (
    <svg
      className="bar-editor"
      width={w}
      height={HEIGHT}
      role="group"
      aria-label={`distribution ${name}: drag a bar, or focus it and use the arrow keys`}
      onPointerDown={onDown}
      onPointerMove={onMove}
      onPointerUp={onUp}
      onPointerCancel={onUp}
    >
      <g transform={`translate(${PAD.left},${PAD.top})`}>
        {GRID.map((g) => (
          <g key={g} className="bar-grid">
            <line x1={0} x2={innerW} y1={y(g)} y2={y(g)} />
            <text x={-6} y={y(g)} dy="0.32em" textAnchor="end">
              {g}
            </text>
          </g>
        ))}
        {values.map((v, i) => {
          const flag = flagged.includes(i);
          const label = `${name}(${i + 1})`;
          return (
            <g
              key={i}
              role="slider"
              tabIndex={0}
              aria-label={label}
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={v}
              aria-valuetext={`${formatNumber(v, 3)}${flag && flagNote ? `, ${flagNote}` : ''}`}
              className={`bar${flag ? ' flagged' : ''}`}
              onKeyDown={onKey(i)}
            >
              <rect className="bar-hit" x={i * band} y={0} width={band} height={innerH} />
              <rect
                className="bar-fill"
                x={i * band + band * 0.12}
                y={y(v)}
                width={band * 0.76}
                height={Math.max(0, innerH - y(v))}
              />
              <text className="bar-value" x={(i + 0.5) * band} y={Math.max(10, y(v) - 5)} textAnchor="middle">
                {flag ? '0 !' : formatNumber(v, 2)}
              </text>
              <text className="bar-label" x={(i + 0.5) * band} y={innerH + 18} textAnchor="middle">
                {i + 1}
              </text>
            </g>
          );
        })}
        {reference && (
          <g className="bar-reference" aria-hidden="true">
            <line x1={0} x2={innerW} y1={y(reference.value)} y2={y(reference.value)} />
            {/* The label sits above the plot, clear of the bars' value labels, with a sample of the dash. */}
            <line x1={innerW - 150} x2={innerW - 126} y1={-12} y2={-12} />
            <text x={innerW - 120} y={-12} dy="0.32em">
              {reference.label}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}

/** Dragging snaps to 0.005 so that exact zeros (and round values) are easy to reach. */
function snap(v: number): number {
  return Math.min(1, Math.max(0, Math.round(v * 200) / 200));
}
