import { useMemo } from 'react';
import type { Dim } from '../../../stores/linalg/view';
import type { SceneColors } from './colors';
import { useStatic, useTransformed } from './useTransformed';

/** Segments of the integer grid: lines x = c and y = c in 2D, the lattice lines of [−n, n]³ in 3D. */
export function gridLines(dim: Dim, n: number): Float32Array {
  const out: number[] = [];
  if (dim === 2) {
    for (let c = -n; c <= n; c++) out.push(c, -n, 0, c, n, 0, -n, c, 0, n, c, 0);
  } else {
    for (let u = -n; u <= n; u++)
      for (let w = -n; w <= n; w++) out.push(-n, u, w, n, u, w, u, -n, w, u, n, w, u, w, -n, u, w, n);
  }
  return new Float32Array(out);
}

/** The transformed grid over a faint copy of the original. */
export function Grid({
  dim,
  colors,
  transformed = true,
}: {
  dim: Dim;
  colors: SceneColors;
  transformed?: boolean;
}) {
  const base = useMemo(() => gridLines(dim, dim === 2 ? 14 : 2), [dim]);
  const moving = useTransformed(base);
  const still = useStatic(base);
  return (
    <group>
      <lineSegments geometry={still} renderOrder={-2}>
        <lineBasicMaterial color={colors.gridFaint} transparent opacity={0.7} depthWrite={false} />
      </lineSegments>
      {transformed && (
        <lineSegments geometry={moving} name="transformed-grid" renderOrder={-1}>
          <lineBasicMaterial
            color={colors.grid}
            transparent
            opacity={dim === 2 ? 0.75 : 0.4}
            depthWrite={false}
          />
        </lineSegments>
      )}
    </group>
  );
}
