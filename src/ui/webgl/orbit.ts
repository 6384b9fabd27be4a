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
  /** Moves the camera to `angles` (from an address or a scene); values are clamped to the limits. */
  setOrbit(angles: OrbitAngles): void;
  /**
   * Calls `settled` once the orbit has stopped changing for a moment (after a drag, a button, a wheel): the
   * time to write the camera into the view. Returns the unsubscribe.
   */
  onOrbitSettled(settled: () => void): () => void;
}

/** How long the orbit must be still before it counts as settled (ms). */
export const ORBIT_SETTLE_MS = 300;

/** The orbit as the five numbers a view keeps: azimuth, elevation, zoom, pan x, pan y (rounded to 1e-3). */
export function orbitVector(o: OrbitAngles): number[] {
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return [r(o.azimuth), r(o.elevation), r(o.zoom), r(o.panX ?? 0), r(o.panY ?? 0)];
}

/** The angles of a view's five camera numbers (see {@link orbitVector}). */
export function orbitFromVector(v: readonly number[]): OrbitAngles {
  return { azimuth: v[0], elevation: v[1], zoom: v[2], panX: v[3] ?? 0, panY: v[4] ?? 0 };
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
  const settledListeners = new Set<() => void>();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    orbitListener.changed();
    if (settledListeners.size === 0) return;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => settledListeners.forEach((f) => f()), ORBIT_SETTLE_MS);
  };
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
      changed();
    },
    zoomOrbit(factor) {
      orbit.zoom = clamp(orbit.zoom * factor, limits.zoom);
      changed();
    },
    panOrbit(dx, dy) {
      orbit.panX = clamp(orbit.panX + dx, PAN_LIMIT);
      orbit.panY = clamp(orbit.panY + dy, PAN_LIMIT);
      changed();
    },
    resetOrbit() {
      Object.assign(orbit, home);
      changed();
    },
    setOrbit(angles) {
      orbit.azimuth = Number.isFinite(angles.azimuth) ? angles.azimuth : home.azimuth;
      orbit.elevation = clamp(
        Number.isFinite(angles.elevation) ? angles.elevation : home.elevation,
        limits.elevation,
      );
      orbit.zoom = clamp(Number.isFinite(angles.zoom) ? angles.zoom : home.zoom, limits.zoom);
      orbit.panX = clamp(angles.panX ?? 0, PAN_LIMIT);
      orbit.panY = clamp(angles.panY ?? 0, PAN_LIMIT);
      // Not `changed()`: a camera set from the view must not be written back to it as a user's move.
      orbitListener.changed();
    },
    onOrbitSettled(settled) {
      settledListeners.add(settled);
      return () => {
        settledListeners.delete(settled);
      };
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
