import { useEffect, type ReactNode } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import { ContextWatch } from './ContextWatch';
import { presentWhenRasterised } from './presentWhenRasterised';

/** On a software renderer, shows each frame only once it is rasterised (see presentWhenRasterised). */
function SoftwarePresent() {
  const gl = useThree((s) => s.gl);
  useEffect(() => presentWhenRasterised(gl), [gl]);
  return null;
}

/**
 * The canvas of a 3D view. Frames are drawn on demand only (a store change, the orbit, a running
 * animation), and kept readable for export and tests (preserveDrawingBuffer). A lost context is reported.
 * On a software renderer (SwiftShader, llvmpipe: school PCs without a GPU) the browser reads every frame
 * back for its compositor on the main thread, so there each frame is kept cheap: no multisampling, a
 * pixel ratio of 0.75 (about half the pixels to draw and read back), and a frame reaches the canvas only
 * once it is rasterised, so that the read-back never waits for it. Imports r3f: use it only inside the
 * lazily loaded scene chunks.
 */
export function DemandCanvas({
  software,
  onLost,
  maxDpr,
  antialias,
  children,
}: {
  software: boolean;
  onLost: () => void;
  /** Largest device pixel ratio drawn on a GPU. */
  maxDpr: number;
  /** Multisampling on a GPU (never on a software renderer). */
  antialias: boolean;
  children: ReactNode;
}) {
  return (
    <Canvas
      frameloop="demand"
      dpr={software ? 0.75 : [1, maxDpr]}
      gl={{ preserveDrawingBuffer: true, antialias: antialias && !software }}
    >
      <ContextWatch onLost={onLost} />
      {software && <SoftwarePresent />}
      {children}
    </Canvas>
  );
}
