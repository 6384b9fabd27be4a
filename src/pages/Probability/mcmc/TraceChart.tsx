import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { format, scaleLinear, type NumberValue } from 'd3';
import { mergeTraceColumns, type TraceColumns } from '../../../core';
import { ChartFrame, MARGIN } from '../../../ui/ChartFrame';
import { traceText } from './mcmcText';

const HEIGHT = 150;

const si = format('~s');
/** A step count as an axis tick: SI form from a thousand (1.5k, 2k, 1M), as it is below. */
export function stepText(n: number): string {
  return si(n);
}

/**
 * A trace plot (value against step) on canvas, redrawn when new steps arrive (≤ 10 times a second), from
 * the worker's min/max columns: a 10^6-step chain costs the main thread a few thousand numbers, not a scan.
 */
export function TraceChart({
  label,
  trace,
  values,
  count,
  total,
  lo,
  hi,
  width,
}: {
  label: string;
  /** The trace decimated in the worker (min/max per column over all steps). */
  trace: TraceColumns | null;
  /** The chain's states, read only at a few steps for the text alternative. */
  values: Float64Array | null;
  count: number;
  total: number;
  /** The y range (the target's bounds in this coordinate). */
  lo: number;
  hi: number;
  width: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = useThemeVersion();
  const innerW = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = useMemo(() => {
    const scale = scaleLinear()
      .domain([0, Math.max(1, total)])
      .range([0, innerW]);
    // Steps in SI form (500, 1k, 2k): the last tick is centred on the plot's right edge with 16 px of margin
    // beside it, and "2,000" at projector size ran past the edge of the card and was cut to "2,00".
    return Object.assign(scale, { tickFormat: () => (v: NumberValue) => stepText(Number(v)) });
  }, [total, innerW]);
  const y = useMemo(() => scaleLinear().domain([lo, hi]).range([innerH, 0]), [lo, hi, innerH]);
  const text = useMemo(
    () => traceText(label, trace, values, count, total),
    [label, trace, values, count, total],
  );
  // Layout effect: the canvas must never show a size or scale other than the axes' of the same render.
  useLayoutEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    // Resizing reallocates the bitmap: only when the size really changed.
    if (c.width !== Math.round(innerW * dpr) || c.height !== Math.round(innerH * dpr)) {
      c.width = Math.round(innerW * dpr);
      c.height = Math.round(innerH * dpr);
      c.style.width = `${innerW}px`;
      c.style.height = `${innerH}px`;
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, innerW, innerH);
    if (!trace || trace.count === 0) return;
    const { lo, hi } = mergeTraceColumns(trace, Math.floor(innerW));
    ctx.strokeStyle = getComputedStyle(c).color;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let i = 0; i < lo.length; i++) {
      if (Number.isNaN(lo[i])) continue;
      ctx.moveTo(i + 0.5, y(hi[i]) - 0.5);
      ctx.lineTo(i + 0.5, y(lo[i]) + 0.5);
    }
    ctx.stroke();
  }, [trace, innerW, innerH, y, theme]);
  return (
    <div className="trace" style={{ width, height: HEIGHT }}>
      <ChartFrame
        width={width}
        height={HEIGHT}
        x={x}
        y={y}
        xLabel="step"
        yLabel={label}
        title={`Trace plot of ${label}`}
        text={text}
      >
        {null}
      </ChartFrame>
      <canvas
        ref={canvas}
        className="trace-canvas"
        style={{ left: MARGIN.left, top: MARGIN.top }}
        aria-hidden="true"
      />
    </div>
  );
}

/** Changes when the colour theme does, so canvas drawings (which read CSS colours once) are redone. */
function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    scheme?.addEventListener?.('change', bump);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener?.('change', bump);
    };
  }, []);
  return version;
}
