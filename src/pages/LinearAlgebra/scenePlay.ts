import { useLinalgStore } from '../../stores/linalg/store';

/**
 * The presenter's play for the linear-algebra page: the transformation runs from the scene's time t to 1
 * (t = 0 is the identity, t = 1 the matrix). A scene saved mid-way (`t=0.4`) and a show paused with K go on
 * from where they stand, as a paused race does; at t = 1 (the whole matrix) it plays from the start, as the
 * Animate button does. Before, it always played from t = 0: the saved or paused time was lost.
 */
export function playTransform(): void {
  const s = useLinalgStore.getState();
  const t = s.view.t;
  s.play(t > 0 && t < 1 ? t : 0, 1);
}
