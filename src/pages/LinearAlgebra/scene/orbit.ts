/**
 * The camera's orbit around the origin, shared by pointer handling inside the canvas and the
 * keyboard buttons outside it; 3D uses z as "up" (the mathematicians' axes). No three.js here: the
 * buttons live in the page chunk.
 */
import { CAMERA_HOME } from '../../../stores/linalg/view';
import { createOrbit, orbitFromVector } from '../../../ui/webgl/orbit';

export const ELEVATION_LIMIT = 1.5;

/** The orbit object itself, for binding it to the view's camera (useOrbitSync). */
export const sceneOrbit = createOrbit(orbitFromVector(CAMERA_HOME), {
  elevation: [-ELEVATION_LIMIT, ELEVATION_LIMIT],
  zoom: [0.1, 20],
});
export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = sceneOrbit;
