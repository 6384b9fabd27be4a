import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera } from 'three';
import { orbitPosition, viewOffset } from '../../../ui/webgl/orbit';
import { useOrbitPointer } from '../../../ui/webgl/useOrbitPointer';
import { onClock } from '../clock';
import * as surfaceOrbit from './orbit';

const FRAME_MS = 50;

/**
 * Orbit controls (drag rotates about the box centre, the wheel zooms). The canvas renders on demand:
 * an orbit change or a clock tick asks for one frame.
 *
 * On a software renderer the browser reads each new WebGL frame back at the next commit, and that
 * read waits until the GPU process has rasterised the frame. Rendering inside the animation frame
 * would put our draw calls, the rasterisation and the wait into one main-thread task (measured: 45 to
 * 60 ms on two cores). So while the race plays, a software frame is drawn in a task of its own and
 * flushed at once: the GPU process rasterises it while the main thread is free, and the commit of
 * the next animation frame finds it done.
 */
export function CameraRig({ software = false }: { software?: boolean }) {
  const set = useThree((s) => s.set);
  const get = useThree((s) => s.get);
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
      if (!software) return invalidate();
      const state = get();
      state.advance(last);
      state.gl.getContext().flush();
    };
    const off = onClock(() => {
      if (trailing !== undefined) return;
      const wait = Math.max(0, FRAME_MS - (performance.now() - last));
      if (wait === 0 && !software) draw();
      else trailing = setTimeout(draw, wait);
    });
    return () => {
      clearTimeout(trailing);
      off();
    };
  }, [invalidate, get, software]);

  useFrame((state) => placeCamera(camera, state.size.width, state.size.height), -2);
  return null;
}

/** Puts the camera on its orbit for the current angles, zoom and pan, and sizes its frustum to the canvas. */
function placeCamera(camera: PerspectiveCamera, width: number, height: number): void {
  if (width === 0 || height === 0) return;
  camera.aspect = width / height;
  camera.position.set(...orbitPosition(surfaceOrbit.orbit, 4.7 / surfaceOrbit.orbit.zoom));
  camera.lookAt(0, 0, 0);
  const offset = viewOffset(surfaceOrbit.orbit, width, height);
  if (offset) camera.setViewOffset(...offset);
  else if (camera.view?.enabled) camera.clearViewOffset();
  camera.updateProjectionMatrix();
}
