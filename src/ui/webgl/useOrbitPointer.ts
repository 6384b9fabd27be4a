import { useEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Orbit } from './orbit';
import { twoFingerStep, type TouchPoint } from './gesture';

/**
 * Our own orbit controls (drei is not a dependency): one pointer (mouse, pen or finger) dragging on the
 * canvas rotates, two fingers pinch to zoom and drag together to pan, the wheel zooms, and every orbit
 * change asks r3f for one frame (the canvases render on demand). `canRotate` false leaves zoom and pan
 * (a 2D top view); `busy()` true pauses rotation (another drag owns the pointer). Imports r3f: call it
 * only inside the lazily loaded scene chunks (src/pages/<page>/scene).
 */
export function useOrbitPointer(
  {
    listenOrbit,
    rotateOrbit,
    zoomOrbit,
    panOrbit,
  }: Pick<Orbit, 'listenOrbit' | 'rotateOrbit' | 'zoomOrbit' | 'panOrbit'>,
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
    // Where each pointer that went down on the canvas was last seen, by pointer id.
    const pointers = new Map<number, TouchPoint>();
    const down = (e: PointerEvent) => {
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    };
    const move = (e: PointerEvent) => {
      const last = pointers.get(e.pointerId);
      if (!last) return;
      const next = { x: e.clientX, y: e.clientY };
      if (pointers.size === 1) {
        if (canRotate && !busyRef.current?.())
          rotateOrbit(-(next.x - last.x) * 0.008, (next.y - last.y) * 0.008);
      } else if (pointers.size === 2) {
        // The other finger stands still during this event: each finger's move is one step.
        const [other] = [...pointers].filter(([id]) => id !== e.pointerId).map(([, p]) => p);
        const box = el.getBoundingClientRect();
        const step = twoFingerStep(last, other, next, other, box.width, box.height);
        if (step.zoom !== 1) zoomOrbit(step.zoom);
        if (step.panX !== 0 || step.panY !== 0) panOrbit(step.panX, step.panY);
      }
      pointers.set(e.pointerId, next);
    };
    const up = (e: PointerEvent) => {
      pointers.delete(e.pointerId);
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      zoomOrbit(Math.exp(-e.deltaY * 0.0015));
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      el.removeEventListener('wheel', wheel);
    };
  }, [el, canRotate, rotateOrbit, zoomOrbit, panOrbit]);
}
