import { useFrame } from '@react-three/fiber';
import { useLinalgStore } from '../../../stores/linalgStore';
import { DEFAULT_VIEW, type LinalgView } from '../../../stores/linalgUrl';
import { currentT } from '../animation';
import { det3, frameMatrix, newM3, type M3 } from '../motion';

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

/** Advances {@link frame} before any other frame callback (priority −1 keeps r3f's own rendering). */
export function updateFrame(): boolean {
  const s = useLinalgStore.getState();
  const t = currentT();
  frameMatrix(s.view, t, next);
  let changed = s.view !== frame.view || t !== frame.t;
  for (let k = 0; k < 9; k++) if (next[k] !== frame.m[k]) changed = true;
  if (changed) {
    frame.m.set(next);
    frame.t = t;
    frame.view = s.view;
    frame.det = det3(next);
    frame.version++;
  }
  return s.playing !== null;
}

/**
 * While an animation plays, keeps the on-demand loop running: every frame on a GPU, about 30 frames a
 * second on a software renderer, where the browser's read-back of each frame would otherwise hold the
 * main thread.
 */
export function FrameDriver({ software = false }: { software?: boolean }) {
  useFrame((state) => {
    if (!updateFrame()) return;
    if (software) setTimeout(state.invalidate, 16);
    else state.invalidate();
  }, -1);
  return null;
}
