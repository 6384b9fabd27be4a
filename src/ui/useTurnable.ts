import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** A view direction for an SVG drawing of 3-D space: yaw about the vertical axis, pitch above the floor. */
export interface TurnAngles {
  yaw: number;
  pitch: number;
}

/** One arrow-key press turns the view by this much (7.5°). */
export const TURN_STEP = Math.PI / 24;
/** Radians per pixel of a pointer drag. */
const PER_PIXEL = 0.01;

const KEYS: Record<string, [number, number]> = {
  ArrowLeft: [-TURN_STEP, 0],
  ArrowRight: [TURN_STEP, 0],
  ArrowUp: [0, TURN_STEP],
  ArrowDown: [0, -TURN_STEP],
};

/**
 * The turning of an SVG 3-D view by a pointer drag or the arrow keys (on the focused drawing), with the
 * pitch kept within `pitchRange`. Spread the returned handlers on the `<svg>`.
 */
export function useTurnable(start: TurnAngles, pitchRange: readonly [number, number]) {
  const [angles, setAngles] = useState(start);
  const drag = useRef<({ x: number; y: number } & TurnAngles) | null>(null);
  const clampPitch = (p: number) => Math.max(pitchRange[0], Math.min(pitchRange[1], p));
  const handlers = {
    onKeyDown(e: KeyboardEvent<SVGSVGElement>) {
      const m = KEYS[e.key];
      if (!m) return;
      e.preventDefault();
      setAngles((a) => ({ yaw: a.yaw + m[0], pitch: clampPitch(a.pitch + m[1]) }));
    },
    onPointerDown(e: PointerEvent<SVGSVGElement>) {
      drag.current = { x: e.clientX, y: e.clientY, ...angles };
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    onPointerMove(e: PointerEvent<SVGSVGElement>) {
      const d = drag.current;
      if (!d) return;
      setAngles({
        yaw: d.yaw + (e.clientX - d.x) * PER_PIXEL,
        pitch: clampPitch(d.pitch + (e.clientY - d.y) * PER_PIXEL),
      });
    },
    onPointerUp() {
      drag.current = null;
    },
    onPointerCancel() {
      drag.current = null;
    },
  };
  return { angles, handlers };
}
