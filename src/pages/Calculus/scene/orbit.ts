/**
 * The surface camera's orbit around the centre of the box, shared by the pointer handling inside the
 * canvas and the buttons outside it. No three.js here: the buttons live in the page chunk.
 */
import { CAMERA_HOME } from '../../../stores/calculus/view';
import { createOrbit, orbitFromVector } from '../../../ui/webgl/orbit';

/** The orbit object itself, for binding it to the view's camera (useOrbitSync). */
export const surfaceOrbit = createOrbit(orbitFromVector(CAMERA_HOME), {
  elevation: [-0.2, 1.55],
  zoom: [0.4, 6],
});
export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = surfaceOrbit;
