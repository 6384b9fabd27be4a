/**
 * The 3-D scores' camera orbit, shared by the pointer handling inside the canvas and the buttons outside it.
 * No three.js here: the buttons live in the tab's chunk.
 */
import { PCA_CAMERA_HOME } from '../../../stores/ml/pca/view';
import { createOrbit, orbitFromVector } from '../../../ui/webgl/orbit';

/** The orbit object itself, for binding it to the view's camera (useOrbitSync). */
export const scoresOrbit = createOrbit(orbitFromVector(PCA_CAMERA_HOME), {
  elevation: [-1.5, 1.5],
  zoom: [0.5, 4],
});
export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = scoresOrbit;
