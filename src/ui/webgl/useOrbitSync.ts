import { useEffect, useRef } from 'react';
import { orbitFromVector, orbitVector, type Orbit } from './orbit';

const same = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) < 5e-4);

/**
 * Keeps a 3-D camera and a view's camera field (`cam`: azimuth, elevation, zoom, pan x, pan y) in step: a
 * camera read from the address or a scene moves the orbit, and the orbit, once the student stops turning it,
 * is written into the view (so the link, "Add to deck" and a presented scene carry the angle). The orbit
 * itself changes per frame through refs; only the settled angle reaches React state.
 */
export function useOrbitSync(o: Orbit, cam: readonly number[], commit: (cam: number[]) => void): void {
  const latest = useRef({ cam, commit });
  useEffect(() => {
    latest.current = { cam, commit };
  });
  useEffect(() => {
    if (!same(orbitVector(o.orbit), cam)) o.setOrbit(orbitFromVector(cam));
  }, [o, cam]);
  useEffect(
    () =>
      o.onOrbitSettled(() => {
        const now = orbitVector(o.orbit);
        if (!same(now, latest.current.cam)) latest.current.commit(now);
      }),
    [o],
  );
}
