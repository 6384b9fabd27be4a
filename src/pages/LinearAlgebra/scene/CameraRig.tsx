import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrthographicCamera, PerspectiveCamera } from 'three';
import type { Dim } from '../../../stores/linalgUrl';
import { interaction } from './interaction';
import { orbit, orbitListener, rotateOrbit, zoomOrbit } from './orbit';

/**
 * Owns the camera: an orthographic top view in 2D, a perspective camera orbiting the origin in 3D.
 * Pointer drag rotates (3D), the wheel zooms; `extent` is the half-width of the world shown at zoom 1.
 */
export function CameraRig({ dim, extent }: { dim: Dim; extent: number }) {
  const set = useThree((s) => s.set);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useMemo(() => {
    const c =
      dim === 2 ? new OrthographicCamera(-1, 1, 1, -1, 0.1, 200) : new PerspectiveCamera(40, 1, 0.1, 500);
    // The frustum follows our own sizing below, not r3f's defaults.
    (c as unknown as { manual: boolean }).manual = true;
    if (dim === 3) c.up.set(0, 0, 1);
    return c;
  }, [dim]);

  useEffect(() => {
    set({ camera });
  }, [camera, set]);

  useEffect(() => {
    orbitListener.changed = invalidate;
    return () => {
      orbitListener.changed = () => undefined;
    };
  }, [invalidate]);

  useEffect(() => {
    const el = gl.domElement;
    let last: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      if (dim === 2) return;
      last = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!last || e.pointerId !== last.id || interaction.dragging) return;
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
  }, [gl, dim]);

  useFrame((state) => fitCamera(camera, state.size.width, state.size.height, extent), -2);
  return null;
}

/** Places the camera for the current orbit and sizes its frustum to the canvas. */
function fitCamera(
  camera: OrthographicCamera | PerspectiveCamera,
  width: number,
  height: number,
  extent: number,
): void {
  if (width === 0 || height === 0) return;
  if (camera instanceof OrthographicCamera) {
    const half = extent / orbit.zoom;
    const aspect = width / height;
    const [hx, hy] = aspect >= 1 ? [half * aspect, half] : [half, half / aspect];
    camera.left = -hx;
    camera.right = hx;
    camera.top = hy;
    camera.bottom = -hy;
    camera.position.set(0, 0, 50);
    camera.lookAt(0, 0, 0);
  } else {
    const d = (extent * 2.4) / orbit.zoom;
    const { azimuth: az, elevation: el } = orbit;
    camera.aspect = width / height;
    camera.position.set(d * Math.cos(el) * Math.cos(az), d * Math.cos(el) * Math.sin(az), d * Math.sin(el));
    camera.lookAt(0, 0, 0);
  }
  camera.updateProjectionMatrix();
  // Labels are projected in this same frame, before the renderer would update the matrices.
  camera.updateMatrixWorld();
}
