/**
 * The 3-D scores' camera orbit, shared by the pointer handling inside the canvas and the buttons outside it.
 * No three.js here: the buttons live in the tab's chunk.
 */
import { createOrbit } from '../../../ui/webgl/orbit';

export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = createOrbit(
  { azimuth: -2.3, elevation: 0.55, zoom: 1 },
  { elevation: [-1.5, 1.5], zoom: [0.5, 4] },
);
