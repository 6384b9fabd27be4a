import type { Matrix } from '../../../core';
import { useLinalgStore } from '../../../stores/linalg/store';
import type { Dim, LinalgMode } from '../../../stores/linalg/view';

export interface Scene {
  mode: LinalgMode;
  a?: Matrix;
  b?: Matrix;
  /** Turns the eigenvector lines on. */
  eig?: boolean;
  /** The PCA cloud's standard deviations and correlations (2D), projected onto k = 1 component. */
  cloud?: { sd: number[]; corr: number[] };
  /** Plays the view's animation from t = 0, so the student sees the map happen. */
  animate?: boolean;
}

/**
 * Sets the page to an exercise's scene through the store's own actions (so the URL follows and an
 * undo is one "back"). Without `animate` the page ends at t = 1, the finished map.
 */
export function show(scene: Scene): void {
  const s = useLinalgStore.getState();
  const dim = (scene.a?.length ?? scene.cloud?.sd.length ?? s.view.dim) as Dim;
  s.setDim(dim);
  s.set('mode', scene.mode);
  if (scene.a) s.setMatrix('a', scene.a);
  if (scene.b) s.setMatrix('b', scene.b);
  if (scene.eig) s.set('eig', true);
  if (scene.cloud) {
    s.patch({ sd: scene.cloud.sd, corr: scene.cloud.corr });
    s.setK(1);
  }
  if (scene.animate) s.play(0, 1);
  else s.stopPlay(1);
}
