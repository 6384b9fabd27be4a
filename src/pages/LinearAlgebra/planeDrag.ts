import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * Dragging points on a square SVG plot of the plane [−world, world]² (its viewBox square, origin centred)
 * (the Norms and Vectors panels). The SVG may be scaled on screen: pointer positions are read against its
 * bounding box, so the mapping holds at any width.
 */
export interface PlaneFrame {
  world: number;
  /** Snaps and bounds a world coordinate (the panels round to the step their fields show). */
  clamp: (x: number) => number;
}

/** The point of the plane under the pointer, or null while the SVG has no size (hidden, not laid out). */
export function pointerToWorld(
  el: SVGSVGElement | null,
  e: { clientX: number; clientY: number },
  f: PlaneFrame,
): [number, number] | null {
  const r = el?.getBoundingClientRect();
  if (!r || r.width === 0 || r.height === 0) return null;
  const u = (e.clientX - r.left) / r.width;
  const v = (e.clientY - r.top) / r.height;
  return [f.clamp(u * 2 * f.world - f.world), f.clamp(f.world - v * 2 * f.world)];
}

/**
 * Pointer handlers for the plot: `pick` chooses what a press grabs (null: nothing), `move` receives the
 * grabbed key and every new position, from the press on. The pointer is captured, so a drag that leaves
 * the plot keeps going. With `moveOnPress: false` a press only picks up.
 */
export function usePlaneDrag<K extends string>(
  frame: PlaneFrame,
  pick: (at: [number, number]) => K | null,
  move: (key: K, at: [number, number]) => void,
  { moveOnPress = true }: { moveOnPress?: boolean } = {},
) {
  const svg = useRef<SVGSVGElement>(null);
  const held = useRef<K | null>(null);
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const at = pointerToWorld(svg.current, e, frame);
    const key = at && pick(at);
    if (!at || !key) return;
    held.current = key;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    if (moveOnPress) move(key, at);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!held.current) return;
    const at = pointerToWorld(svg.current, e, frame);
    if (at) move(held.current, at);
  };
  const release = () => {
    held.current = null;
  };
  return { svg, handlers: { onPointerDown, onPointerMove, onPointerUp: release, onPointerCancel: release } };
}

/** The move of an arrow key on a point handle (Shift: five steps), or null for any other key. */
export function arrowMove(e: KeyboardEvent, step: number): [number, number] | null {
  const d = (e.shiftKey ? 5 : 1) * step;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [-d, 0],
    ArrowRight: [d, 0],
    ArrowUp: [0, d],
    ArrowDown: [0, -d],
  };
  return moves[e.key] ?? null;
}
