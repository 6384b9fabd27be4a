import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Orbit } from './orbit';

/**
 * Our own orbit controls (drei is not a dependency): a drag on the canvas rotates, the wheel zooms,
 * and every orbit change asks r3f for one frame (the canvases render on demand). `canRotate` false
 * leaves only the wheel (a 2D top view); `busy()` true pauses rotation (another drag owns the
 * pointer). Imports r3f: call it only inside the lazily loaded scene chunks (src/pages/<page>/scene).
 */
export function useOrbitPointer(
  { listenOrbit, rotateOrbit, zoomOrbit }: Orbit,
  canRotate = true,
  busy?: () => boolean,
): void {
  const el = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const busyRef = useRef(busy);
  useEffect(() => {
    busyRef.current = busy;
  }, [busy]);

  useEffect(() => listenOrbit(invalidate), [listenOrbit, invalidate]);

  useEffect(() => {
    let last: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (!canRotate) return;
      last = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id || busyRef.current?.()) return;
      rotateOrbit(-(e.clientX - last.x) * 0.008, (e.clientY - last.y) * 0.008);
      last = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const up = () => {
      last = null;
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      zoomOrbit(Math.exp(-e.deltaY * 0.0015));
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      el.removeEventListener('wheel', wheel);
    };
  }, [el, canRotate, rotateOrbit, zoomOrbit]);
}
