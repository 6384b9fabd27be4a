import { useLayoutEffect } from 'react';
import { useFrame } from '@react-three/fiber';
import { useLinalgStore } from '../../../stores/linalg/store';
import { DEFAULT_VIEW, type LinalgView } from '../../../stores/linalg/view';
import { prefersReducedMotion } from '../../../ui/motion';
import { isSceneChange, SCENE_TRANSITION_MS } from '../../../ui/sceneTransition';
import { currentT, ease } from '../animation';
import { det3, frameMatrix, lerp3, newM3, type M3 } from '../motion';

/**
 * What every scene object draws from in one frame, computed once per frame by {@link FrameDriver}.
 * `version` grows whenever the matrix, the time or the view changed, so objects skip frames in which
 * only the camera moved.
 */
export const frame: { m: M3; t: number; det: number; view: LinalgView; version: number } = {
  m: newM3(),
  t: 1,
  det: 1,
  view: DEFAULT_VIEW,
  version: 0,
};

const next = newM3();

/**
 * A scene transition in progress: from the matrix on screen when the presenter moved to the next
 * scene, to that scene's matrix. `start` < 0: none.
 */
const morph = { from: newM3(), start: -1 };

/** When the scene (re)mounted: a page just opened has nothing on screen to morph from. */
let mountedAt = -Infinity;

/**
 * Advances {@link frame} before any other frame callback (priority −1 keeps r3f's own rendering).
 * Returns whether frames must go on (an animation or a scene transition is running).
 */
export function updateFrame(now = performance.now()): boolean {
  const s = useLinalgStore.getState();
  const t = currentT();
  frameMatrix(s.view, t, next);
  if (
    s.view !== frame.view &&
    s.playing === null &&
    now - mountedAt > 300 &&
    isSceneChange(now) &&
    !prefersReducedMotion() &&
    next.some((v, k) => v !== frame.m[k])
  ) {
    morph.from.set(frame.m);
    morph.start = now;
  }
  if (morph.start >= 0) {
    const p = (now - morph.start) / SCENE_TRANSITION_MS;
    if (p >= 1 || s.playing !== null) morph.start = -1;
    else lerp3(morph.from, next, ease(p), next);
  }
  let changed = s.view !== frame.view || t !== frame.t;
  for (let k = 0; k < 9; k++) if (next[k] !== frame.m[k]) changed = true;
  if (changed) {
    frame.m.set(next);
    frame.t = t;
    frame.view = s.view;
    frame.det = det3(next);
    frame.version++;
  }
  return s.playing !== null || morph.start >= 0;
}

/**
 * While an animation or a scene transition plays, keeps the on-demand loop running: every frame on a GPU, about 30 frames a
 * second on a software renderer, where the browser's read-back of each frame would otherwise hold the
 * main thread.
 */
export function FrameDriver({ software = false }: { software?: boolean }) {
  // Before the first frame of this mount (r3f frames run from requestAnimationFrame, after commit).
  useLayoutEffect(() => {
    mountedAt = performance.now();
    morph.start = -1;
  }, []);
  useFrame((state) => {
    if (!updateFrame()) return;
    if (software) setTimeout(state.invalidate, 16);
    else state.invalidate();
  }, -1);
  return null;
}
