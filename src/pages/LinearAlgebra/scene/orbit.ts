/**
 * The camera's orbit around the origin, shared by pointer handling inside the canvas and the
 * keyboard buttons outside it; 3D uses z as "up" (the mathematicians' axes). No three.js here: the
 * buttons live in the page chunk.
 */
import { createOrbit } from '../../../ui/webgl/orbit';

export const ELEVATION_LIMIT = 1.5;

export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = createOrbit(
  { azimuth: -1.0, elevation: 0.5, zoom: 1 },
  { elevation: [-ELEVATION_LIMIT, ELEVATION_LIMIT], zoom: [0.1, 20] },
);
