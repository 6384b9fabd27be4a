/**
 * The camera's orbit around the origin, shared by pointer handling inside the canvas and the
 * keyboard buttons outside it. Angles in radians; 3D uses z as "up" (the mathematicians' axes).
 * No three.js here: the buttons live in the page chunk, the canvas in its own.
 */
export const orbit = { azimuth: -1.0, elevation: 0.5, zoom: 1 };

const DEFAULT = { ...orbit };
export const ELEVATION_LIMIT = 1.5;

/** Set by the canvas while it is mounted: asks for one frame after the orbit changed. */
export const orbitListener: { changed: () => void } = { changed: () => undefined };

export function rotateOrbit(dAzimuth: number, dElevation: number): void {
  orbit.azimuth += dAzimuth;
  orbit.elevation = Math.max(-ELEVATION_LIMIT, Math.min(ELEVATION_LIMIT, orbit.elevation + dElevation));
  orbitListener.changed();
}

/** factor > 1 zooms in. */
export function zoomOrbit(factor: number): void {
  orbit.zoom = Math.max(0.1, Math.min(20, orbit.zoom * factor));
  orbitListener.changed();
}

export function resetOrbit(): void {
  Object.assign(orbit, DEFAULT);
  orbitListener.changed();
}
