import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrthographicCamera, PerspectiveCamera } from 'three';
import type { Dim } from '../../../stores/linalg/view';
import { orbitPosition, viewOffset } from '../../../ui/webgl/orbit';
import { useOrbitPointer } from '../../../ui/webgl/useOrbitPointer';
import { interaction } from './interaction';
import * as sceneOrbit from './orbit';

const { orbit } = sceneOrbit;
/** A handle drag (TipHandles) owns the pointer: the camera does not rotate meanwhile. */
const dragging = () => interaction.dragging;

/**
 * Owns the camera: an orthographic top view in 2D, a perspective camera orbiting the origin in 3D.
 * Pointer drag rotates (3D), two fingers pinch-zoom and pan, the wheel zooms; `extent` is the half-width of the world shown at zoom 1.
 */
export function CameraRig({ dim, extent }: { dim: Dim; extent: number }) {
  const set = useThree((s) => s.set);
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

  useOrbitPointer(sceneOrbit, dim === 3, dragging);

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
    camera.aspect = width / height;
    camera.position.set(...orbitPosition(orbit, (extent * 2.4) / orbit.zoom));
    camera.lookAt(0, 0, 0);
  }
  const offset = viewOffset(orbit, width, height);
  if (offset) camera.setViewOffset(...offset);
  else if (camera.view?.enabled) camera.clearViewOffset();
  camera.updateProjectionMatrix();
  // Labels are projected in this same frame, before the renderer would update the matrices.
  camera.updateMatrixWorld();
}
