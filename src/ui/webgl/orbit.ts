/**
 * A camera orbit around the origin, shared by the pointer handling inside a canvas and the buttons
 * outside it. Angles in radians, z up. No three.js here: the buttons live in the page chunk, the
 * canvas in its own.
 */
export interface OrbitAngles {
  azimuth: number;
  elevation: number;
  zoom: number;
}

export interface Orbit {
  /** The current angles and zoom, mutated in place (read per frame, never through React state). */
  orbit: OrbitAngles;
  /**
   * Called by the canvas while it is mounted: `changed` asks for one frame after the orbit changed.
   * Returns the unsubscribe.
   */
  listenOrbit(changed: () => void): () => void;
  rotateOrbit(dAzimuth: number, dElevation: number): void;
  /** factor > 1 zooms in. */
  zoomOrbit(factor: number): void;
  resetOrbit(): void;
}

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.max(lo, Math.min(hi, v));

/** One orbit (a module-level singleton per page), starting at and reset to `start`. */
export function createOrbit(
  start: OrbitAngles,
  limits: { elevation: readonly [number, number]; zoom: readonly [number, number] },
): Orbit {
  const orbit = { ...start };
  const orbitListener = { changed: (): void => undefined };
  return {
    orbit,
    listenOrbit(changed) {
      orbitListener.changed = changed;
      return () => {
        orbitListener.changed = () => undefined;
      };
    },
    rotateOrbit(dAzimuth, dElevation) {
      orbit.azimuth += dAzimuth;
      orbit.elevation = clamp(orbit.elevation + dElevation, limits.elevation);
      orbitListener.changed();
    },
    zoomOrbit(factor) {
      orbit.zoom = clamp(orbit.zoom * factor, limits.zoom);
      orbitListener.changed();
    },
    resetOrbit() {
      Object.assign(orbit, start);
      orbitListener.changed();
    },
  };
}

/** The point at `distance` from the origin in the orbit's direction (z up): where the camera sits. */
export function orbitPosition(orbit: OrbitAngles, distance: number): [number, number, number] {
  const { azimuth: az, elevation: el } = orbit;
  return [
    distance * Math.cos(el) * Math.cos(az),
    distance * Math.cos(el) * Math.sin(az),
    distance * Math.sin(el),
  ];
}
