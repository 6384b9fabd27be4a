/**
 * The output surface's camera orbit, shared by the pointer handling inside the canvas and the buttons outside
 * it. No three.js here: the buttons live in the tab's chunk.
 */
import { createOrbit } from '../../../../ui/webgl/orbit';

export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = createOrbit(
  { azimuth: -2.2, elevation: 0.75, zoom: 1 },
  { elevation: [0.05, 1.55], zoom: [0.5, 4] },
);
