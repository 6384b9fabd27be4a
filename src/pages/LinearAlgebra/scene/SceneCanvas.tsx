/**
 * The three.js half of the scene, loaded as its own chunk only when WebGL is available: the page,
 * its editor and panel render without waiting for (or ever downloading) three.js.
 */
import { Canvas } from '@react-three/fiber';
import { ContextWatch } from '../../../ui/webgl/ContextWatch';
import { SoftwarePresent } from '../../../ui/webgl/SoftwarePresent';
import type { SceneColors } from './colors';
import { SceneContent } from './SceneContent';

/**
 * Frames are drawn on demand only (a store change, the orbit, a running animation). On a software
 * renderer the browser reads every frame back for its compositor, so there each frame is kept cheap:
 * no multisampling, a pixel ratio of 0.75 (about half the pixels to draw and read back), and a frame
 * reaches the canvas only once it is rasterised, so that the read-back never waits for it.
 */
export default function SceneCanvas({
  colors,
  onLost,
  software,
}: {
  colors: SceneColors;
  onLost: () => void;
  software: boolean;
}) {
  return (
    <Canvas
      frameloop="demand"
      dpr={software ? 0.75 : [1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: !software }}
    >
      <ContextWatch onLost={onLost} />
      {software && <SoftwarePresent />}
      <SceneContent colors={colors} software={software} />
    </Canvas>
  );
}
