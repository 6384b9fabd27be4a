/**
 * A camera orbit around the origin, shared by the pointer handling inside a canvas and the buttons
 * outside it. Angles in radians, z up. No three.js here: the buttons live in the page chunk, the
 * canvas in its own.
 */
export interface OrbitAngles {
  azimuth: number;
  elevation: number;
  zoom: number;
  /**
   * Screen-space pan as a fraction of the view's width and height (right and down positive), set by a
   * two-finger drag; the camera shifts its image by it (see viewOffset).
   */
  panX?: number;
  panY?: number;
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
  /** Moves the image by (dx, dy) fractions of the view, keeping the scene's centre within the view. */
  panOrbit(dx: number, dy: number): void;
  resetOrbit(): void;
}

/** The scene's centre may move at most this fraction of the view from the view's centre. */
const PAN_LIMIT = [-0.45, 0.45] as const;

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.max(lo, Math.min(hi, v));

/** One orbit (a module-level singleton per page), starting at and reset to `start`. */
export function createOrbit(
  start: OrbitAngles,
  limits: { elevation: readonly [number, number]; zoom: readonly [number, number] },
): Orbit {
  const home = { ...start, panX: 0, panY: 0 };
  const orbit = { ...home };
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
    panOrbit(dx, dy) {
      orbit.panX = clamp(orbit.panX + dx, PAN_LIMIT);
      orbit.panY = clamp(orbit.panY + dy, PAN_LIMIT);
      orbitListener.changed();
    },
    resetOrbit() {
      Object.assign(orbit, home);
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

/**
 * The camera's view offset for a pan: arguments for three's `camera.setViewOffset(fullWidth, fullHeight,
 * x, y, width, height)`, which shifts the rendered image (a pan right moves the window left). Null
 * when there is no pan, so that the caller can clear the offset.
 */
export function viewOffset(
  orbit: OrbitAngles,
  width: number,
  height: number,
): [number, number, number, number, number, number] | null {
  const px = orbit.panX ?? 0;
  const py = orbit.panY ?? 0;
  if (px === 0 && py === 0) return null;
  return [width, height, -px * width, -py * height, width, height];
}
