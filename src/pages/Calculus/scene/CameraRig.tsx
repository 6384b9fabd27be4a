import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import { orbitPosition } from '../../../ui/webgl/orbit';
import { useOrbitPointer } from '../../../ui/webgl/useOrbitPointer';
import { onClock } from '../clock';
import * as surfaceOrbit from './orbit';

const FRAME_MS = 50;

/**
 * Orbit controls (drag rotates about the box centre, the wheel zooms). The canvas renders on demand:
 * an orbit change or a clock tick asks for one frame.
 */
export function CameraRig() {
  const set = useThree((s) => s.set);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useMemo(() => {
    const c = new PerspectiveCamera(38, 1, 0.05, 100);
    (c as unknown as { manual: boolean }).manual = true;
    c.up.set(0, 0, 1);
    return c;
  }, []);

  useEffect(() => set({ camera }), [camera, set]);
  useOrbitPointer(surfaceOrbit);
  useEffect(() => {
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
      clearTimeout(trailing);
      off();
    };
  }, [invalidate]);

  useFrame((state) => placeCamera(camera, state.size.width, state.size.height), -2);
  return null;
}

/** Puts the camera on its orbit for the current angles and zoom, and sizes its frustum to the canvas. */
function placeCamera(camera: PerspectiveCamera, width: number, height: number): void {
  if (width === 0 || height === 0) return;
  camera.aspect = width / height;
  camera.position.set(...orbitPosition(surfaceOrbit.orbit, 4.7 / surfaceOrbit.orbit.zoom));
  camera.lookAt(0, 0, 0);
  camera.updateProjectionMatrix();
}
