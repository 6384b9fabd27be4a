import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { presentWhenRasterised } from './presentWhenRasterised';

/**
 * On a software renderer, shows each frame only once it is rasterised (see presentWhenRasterised).
 * Imports r3f: use it only inside the lazily loaded scene chunks.
 */
export function SoftwarePresent() {
  const gl = useThree((s) => s.gl);
  useEffect(() => presentWhenRasterised(gl), [gl]);
  return null;
}
