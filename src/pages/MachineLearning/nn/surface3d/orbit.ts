/**
 * The output surface's camera orbit, shared by the pointer handling inside the canvas and the buttons outside
 * it. No three.js here: the buttons live in the tab's chunk.
 */
import { NN_CAMERA_HOME } from '../../../../stores/ml/nn/view';
import { createOrbit, orbitFromVector } from '../../../../ui/webgl/orbit';

/** The orbit object itself, for binding it to the view's camera (useOrbitSync). */
export const outputOrbit = createOrbit(orbitFromVector(NN_CAMERA_HOME), {
  elevation: [0.05, 1.55],
  zoom: [0.5, 4],
});
export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = outputOrbit;
