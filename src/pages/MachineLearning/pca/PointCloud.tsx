import { useEffect, useId, useMemo, useRef, type MutableRefObject, type ReactNode, type Ref } from 'react';
import { scaleLinear, type ScaleLinear } from 'd3';
import { ChartTextAlternative, type ChartText } from '../../../ui/ChartText';

/** Room around the plot: the left holds tick labels as wide as "−0.5" at projector size and the y title. */
export const CLOUD_PAD = { left: 56, right: 10, top: 10, bottom: 36 };

export interface CloudScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  innerW: number;
  innerH: number;
  /** Canvas pixels per CSS pixel. */
  ratio: number;
}

const buffers = new WeakMap<HTMLCanvasElement, ImageData>();

/**
 * Paints n round dots of radius r (CSS px) straight into the canvas's pixels: thousands of points in about a
 * millisecond, where a fillStyle and an arc per point would take tens (the animation redraws every frame).
 */
export function paintDots(
  ctx: CanvasRenderingContext2D,
  s: CloudScales,
  n: number,
  at: (i: number) => [number, number],
  color: (i: number, out: number[]) => void,
  r: number,
): void {
  const w = ctx.canvas.width;
  const h = ctx.canvas.height;
  // One pixel buffer per canvas size, cleared and reused: no read-back from the canvas, no garbage per frame.
  let img = buffers.get(ctx.canvas);
  if (img?.width !== w || img.height !== h) {
    img = ctx.createImageData(w, h);
    buffers.set(ctx.canvas, img);
  } else img.data.fill(0);
  const px = img.data;
  const rr = Math.max(1, r * s.ratio);
  const c = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const [a, b] = at(i);
    const cx = s.x(a) * s.ratio;
    const cy = s.y(b) * s.ratio;
    if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
    color(i, c);
    const x0 = Math.max(0, Math.floor(cx - rr));
    const x1 = Math.min(w - 1, Math.ceil(cx + rr));
    const y0 = Math.max(0, Math.floor(cy - rr));
    const y1 = Math.min(h - 1, Math.ceil(cy + rr));
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const dx = x + 0.5 - cx;
        const dy = y + 0.5 - cy;
        if (dx * dx + dy * dy > rr * rr) continue;
        const o = 4 * (y * w + x);
        px[o] = c[0];
        px[o + 1] = c[1];
        px[o + 2] = c[2];
        px[o + 3] = 255;
      }
  }
  ctx.putImageData(img, 0, 0);
}

/** Domains padded by 6 % around the points (and a unit range when they coincide). */
export function domainOf(values: ArrayLike<number>, stride: number, offset: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = offset; i < values.length; i += stride) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi >= lo)) return [-1, 1];
  const pad = hi > lo ? (hi - lo) * 0.06 : 1;
  return [lo - pad, hi + pad];
}

/**
 * Many points painted on a canvas (thousands redraw within a frame), with an SVG overlay for axes and what
 * is drawn over them (arrows, cells, ellipses). `paint` draws the points with the scales given.
 */
export function PointCloud({
  width,
  height,
  xDomain,
  yDomain,
  xLabel,
  yLabel,
  label,
  text,
  paint,
  children,
  overlayRef,
  repaintRef,
}: {
  width: number;
  height: number;
  xDomain: [number, number];
  yDomain: [number, number];
  xLabel: string;
  yLabel: string;
  label: string;
  text: ChartText;
  paint(ctx: CanvasRenderingContext2D, s: CloudScales): void;
  children?: (s: CloudScales) => ReactNode;
  /** A group over the points (clipped to the plot) that the caller fills itself, outside React. */
  overlayRef?: Ref<SVGGElement>;
  /** Set to a function that paints again now (with the current scales), for pictures that change without React. */
  repaintRef?: MutableRefObject<(() => void) | null>;
}) {
  const innerW = Math.max(10, width - CLOUD_PAD.left - CLOUD_PAD.right);
  const ratio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const innerH = Math.max(10, height - CLOUD_PAD.top - CLOUD_PAD.bottom);
  const scales = useMemo<CloudScales>(
    () => ({
      x: scaleLinear().domain(xDomain).range([0, innerW]),
      y: scaleLinear().domain(yDomain).range([innerH, 0]),
      innerW,
      innerH,
      ratio,
    }),
    [xDomain[0], xDomain[1], yDomain[0], yDomain[1], innerW, innerH, ratio], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const canvas = useRef<HTMLCanvasElement>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  useEffect(() => {
    const repaint = () => {
      const ctx = canvas.current?.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      paint(ctx, scales);
    };
    repaint();
    if (repaintRef) repaintRef.current = repaint;
    return () => {
      if (repaintRef?.current === repaint) repaintRef.current = null;
    };
  }, [paint, scales, repaintRef]);
  const xt = scales.x.ticks(Math.max(2, Math.floor(innerW / 80)));
  const yt = scales.y.ticks(Math.max(2, Math.floor(innerH / 60)));
  const fmt = scales.x.tickFormat(xt.length);
  const fmtY = scales.y.tickFormat(yt.length);
  return (
    <div className="pca-plot" style={{ width, height }}>
      <canvas
        ref={canvas}
        width={Math.round(innerW * ratio)}
        height={Math.round(innerH * ratio)}
        style={{ left: CLOUD_PAD.left, top: CLOUD_PAD.top, width: innerW, height: innerH }}
        aria-hidden="true"
      />
      <svg width={width} height={height} role="img" aria-label={label} aria-describedby={`cloud${uid}`}>
        <defs>
          <clipPath id={`clip${uid}`}>
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${CLOUD_PAD.left},${CLOUD_PAD.top})`}>
          <rect width={innerW} height={innerH} className="pca-frame" />
          <g className="axis" aria-hidden="true">
            {xt.map((t) => (
              <text key={`x${t}`} x={scales.x(t)} y={innerH + 14} textAnchor="middle">
                {fmt(t)}
              </text>
            ))}
            {yt.map((t) => (
              <text key={`y${t}`} x={-5} y={scales.y(t) + 4} textAnchor="end">
                {fmtY(t)}
              </text>
            ))}
            <text x={innerW / 2} y={innerH + 30} textAnchor="middle">
              {xLabel}
            </text>
            <text
              transform={`translate(${-CLOUD_PAD.left + 12},${innerH / 2}) rotate(-90)`}
              textAnchor="middle"
            >
              {yLabel}
            </text>
          </g>
          <g clipPath={`url(#clip${uid})`}>
            {children?.(scales)}
            {overlayRef && <g ref={overlayRef} />}
          </g>
        </g>
      </svg>
      <ChartTextAlternative id={`cloud${uid}`} text={text} />
    </div>
  );
}
