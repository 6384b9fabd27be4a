/**
 * The surface camera's orbit around the centre of the box, shared by the pointer handling inside the
 * canvas and the buttons outside it. No three.js here: the buttons live in the page chunk.
 */
import { createOrbit } from '../../../ui/webgl/orbit';

export const { orbit, listenOrbit, rotateOrbit, zoomOrbit, panOrbit, resetOrbit } = createOrbit(
  { azimuth: -2.05, elevation: 0.9, zoom: 1 },
  { elevation: [-0.2, 1.55], zoom: [0.4, 6] },
);
