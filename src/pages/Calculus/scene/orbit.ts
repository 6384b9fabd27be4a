/**
 * The surface camera's orbit around the centre of the box, shared by the pointer handling inside the
 * canvas and the buttons outside it. Angles in radians, z up. No three.js here: the buttons live in
 * the page chunk, the canvas in its own.
 */
export const orbit = { azimuth: -2.05, elevation: 0.9, zoom: 1 };

const DEFAULT = { ...orbit };
const ELEVATION_MIN = -0.2;
const ELEVATION_MAX = 1.55;

/** Set by the canvas while it is mounted: asks for one frame after the orbit changed. */
export const orbitListener: { changed: () => void } = { changed: () => undefined };

export function rotateOrbit(dAzimuth: number, dElevation: number): void {
  orbit.azimuth += dAzimuth;
  orbit.elevation = Math.max(ELEVATION_MIN, Math.min(ELEVATION_MAX, orbit.elevation + dElevation));
  orbitListener.changed();
}

/** factor > 1 zooms in. */
export function zoomOrbit(factor: number): void {
  orbit.zoom = Math.max(0.4, Math.min(6, orbit.zoom * factor));
  orbitListener.changed();
}

export function resetOrbit(): void {
  Object.assign(orbit, DEFAULT);
  orbitListener.changed();
}
