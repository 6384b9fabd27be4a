import { useEffect, useId, useMemo, useRef } from 'react';
import { ChartTextAlternative } from '../../../ui/ChartText';
import { formatCount } from '../../../ui/formatCount';
import { piScatterText } from './mcText';

const SIZE = 320;
const PAD = 8;

/**
 * The first points of the π run on a canvas: inside the quarter disc as filled dots, outside as small
 * crosses (distinguishable without colour), with the arc x² + y² = 1 and the unit square.
 */
export function PiScatter({ points, inside }: { points: Float32Array; inside: Uint8Array }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = SIZE * dpr;
    el.height = SIZE * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const css = getComputedStyle(el);
    const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const side = SIZE - 2 * PAD;
    const px = (x: number) => PAD + x * side;
    const py = (y: number) => SIZE - PAD - y * side;
    ctx.clearRect(0, 0, SIZE, SIZE);
    ctx.strokeStyle = color('--muted', '#555');
    ctx.lineWidth = 1;
    ctx.strokeRect(PAD, PAD, side, side);
    ctx.fillStyle = color('--density', '#2b59c3');
    for (let i = 0; i < inside.length; i++) {
      if (!inside[i]) continue;
      ctx.beginPath();
      ctx.arc(px(points[2 * i]), py(points[2 * i + 1]), 1.7, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.strokeStyle = color('--hist-edge', '#c45f12');
    ctx.lineWidth = 1.2;
    ctx.beginPath();
    for (let i = 0; i < inside.length; i++) {
      if (inside[i]) continue;
      const x = px(points[2 * i]);
      const y = py(points[2 * i + 1]);
      ctx.moveTo(x - 2.2, y - 2.2);
      ctx.lineTo(x + 2.2, y + 2.2);
      ctx.moveTo(x - 2.2, y + 2.2);
      ctx.lineTo(x + 2.2, y - 2.2);
    }
    ctx.stroke();
    ctx.strokeStyle = color('--text', '#111');
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(px(0), py(0), side, -Math.PI / 2, 0);
    ctx.stroke();
  }, [points, inside]);
  const hits = useMemo(() => {
    let h = 0;
    for (let i = 0; i < inside.length; i++) h += inside[i];
    return h;
  }, [inside]);
  const text = useMemo(() => piScatterText(inside.length, hits), [inside, hits]);
  const textId = `pi-scatter-text${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <figure className="pi-scatter">
      <canvas
        ref={canvas}
        style={{ width: SIZE, height: SIZE }}
        role="img"
        aria-label={`The first ${inside.length} points: ${hits} inside the quarter circle (dots), ${inside.length - hits} outside (crosses)`}
        aria-describedby={textId}
      />
      <ChartTextAlternative id={textId} text={text} />
      <figcaption className="fine">
        First {formatCount(inside.length)} points: ● inside the quarter circle ({formatCount(hits)}), ×
        outside ({formatCount(inside.length - hits)}).
      </figcaption>
    </figure>
  );
}
