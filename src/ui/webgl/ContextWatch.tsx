import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

/**
 * Reports a lost WebGL context; removed before r3f's own teardown deliberately loses it. Imports
 * r3f: use it only inside the lazily loaded scene chunks (src/pages/<page>/scene).
 */
export function ContextWatch({ onLost }: { onLost: () => void }) {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    const el = gl.domElement;
    const lost = (e: Event) => {
      e.preventDefault();
      onLost();
    };
    el.addEventListener('webglcontextlost', lost);
    return () => el.removeEventListener('webglcontextlost', lost);
  }, [gl, onLost]);
  return null;
}
