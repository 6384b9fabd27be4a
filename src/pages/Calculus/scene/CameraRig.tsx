import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import { onClock } from '../clock';
import { orbit, orbitListener, rotateOrbit, zoomOrbit } from './orbit';

const FRAME_MS = 50;

/**
 * Our own orbit controls (drei is not a dependency): drag rotates about the box centre, the wheel
 * zooms. The canvas renders on demand: an orbit change or a clock tick asks for one frame.
 */
export function CameraRig() {
  const set = useThree((s) => s.set);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useMemo(() => {
    const c = new PerspectiveCamera(38, 1, 0.05, 100);
    (c as unknown as { manual: boolean }).manual = true;
    c.up.set(0, 0, 1);
    return c;
  }, []);

  useEffect(() => set({ camera }), [camera, set]);
  useEffect(() => {
    orbitListener.changed = invalidate;
    // While the race plays, the surface redraws at most every FRAME_MS (20 fps): on machines
    // that render WebGL on the CPU a frame is costly, and the 2D views carry the fine motion.
    let last = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const draw = () => {
      trailing = undefined;
      last = performance.now();
      invalidate();
    };
    const off = onClock(() => {
      if (performance.now() - last >= FRAME_MS) draw();
      else trailing ??= setTimeout(draw, FRAME_MS);
    });
    return () => {
      orbitListener.changed = () => undefined;
      clearTimeout(trailing);
      off();
    };
  }, [invalidate]);

  useEffect(() => {
    const el = gl.domElement;
    let last: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      last = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id) return;
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
  }, [gl]);

  useFrame((state) => placeCamera(camera, state.size.width, state.size.height), -2);
  return null;
}

/** Puts the camera on its orbit for the current angles and zoom, and sizes its frustum to the canvas. */
function placeCamera(camera: PerspectiveCamera, width: number, height: number): void {
  if (width === 0 || height === 0) return;
  const d = 4.7 / orbit.zoom;
  const { azimuth: az, elevation: el } = orbit;
  camera.aspect = width / height;
  camera.position.set(d * Math.cos(el) * Math.cos(az), d * Math.cos(el) * Math.sin(az), d * Math.sin(el));
  camera.lookAt(0, 0, 0);
  camera.updateProjectionMatrix();
}
