import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide } from 'three';
import type { GridResult } from '../../../worker/protocol';
import { heightRank, VIRIDIS_LINEAR } from '../palette';
import { meshPick } from './constraintCurve';
import type { SceneMap } from './sceneMap';

/** Direction towards the light (unit), and the share of ambient light. */
const LIGHT = (() => {
  const v = [0.35, -0.5, 0.8];
  const n = Math.hypot(v[0], v[1], v[2]);
  return v.map((c) => c / n);
})();
const AMBIENT = 0.45;

/**
 * The surface z = f(x, y) as one indexed mesh coloured by height rank. Heights beyond the display
 * range are clipped flat to it; cells touching a point where f is not real are left out.
 * The light is fixed in the scene, so its diffuse shading (ambient + Lambert, two-sided) is baked
 * into the vertex colours once: the renderer then runs the cheapest shader there is, which keeps
 * every frame light on the CPU renderers (SwiftShader) of machines without a usable GPU.
 */
/** Infeasible points (g > c for a constraint g ≤ c) are drawn at this share of their brightness. */
export const INFEASIBLE_SHADE = 0.4;

/**
 * `infeasible`, when given, is g − c > 0 on the same grid as f (values[j·n + i]): those points are dimmed, so
 * the feasible region g ≤ c stands out on the surface as it is shaded on the contour plot.
 */
export function buildSurface(
  grid: GridResult,
  map: SceneMap,
  infeasible: ((k: number) => boolean) | null = null,
): BufferGeometry {
  const { n: gridN, xs, ys, values, percentiles } = grid;
  // Every stride-th grid point (the last one always), so the mesh spans the whole domain.
  const pick = meshPick(gridN);
  const n = pick.length;
  const dim = new Uint8Array(n * n);
  const pos = new Float32Array(n * n * 3);
  const col = new Float32Array(n * n * 3);
  const v = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i;
      const value = values[pick[j] * gridN + pick[i]];
      v[k] = value;
      dim[k] = infeasible?.(pick[j] * gridN + pick[i]) ? 1 : 0;
      pos[3 * k] = map.wx(xs[pick[i]]);
      pos[3 * k + 1] = map.wy(ys[pick[j]]);
      pos[3 * k + 2] = Number.isFinite(value) ? map.wz(value) : 0;
      const t = heightRank(value, percentiles);
      const c = 3 * Math.round((Number.isFinite(t) ? t : 0) * 255);
      col[3 * k] = VIRIDIS_LINEAR[c];
      col[3 * k + 1] = VIRIDIS_LINEAR[c + 1];
      col[3 * k + 2] = VIRIDIS_LINEAR[c + 2];
    }
  }
  const index: number[] = [];
  for (let j = 0; j + 1 < n; j++) {
    for (let i = 0; i + 1 < n; i++) {
      const a = j * n + i;
      const b = a + 1;
      const c = a + n;
      const d = c + 1;
      if (Number.isFinite(v[a] + v[b] + v[c] + v[d])) index.push(a, b, d, a, d, c);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setIndex(index);
  g.computeVertexNormals();
  const normal = g.getAttribute('normal');
  for (let k = 0; k < n * n; k++) {
    const lambert = Math.abs(
      normal.getX(k) * LIGHT[0] + normal.getY(k) * LIGHT[1] + normal.getZ(k) * LIGHT[2],
    );
    const shade = (AMBIENT + (1 - AMBIENT) * lambert) * (dim[k] ? INFEASIBLE_SHADE : 1);
    col[3 * k] *= shade;
    col[3 * k + 1] *= shade;
    col[3 * k + 2] *= shade;
  }
  g.deleteAttribute('normal');
  g.setAttribute('color', new BufferAttribute(col, 3));
  return g;
}

export function SurfaceMesh({
  grid,
  map,
  infeasible = null,
}: {
  grid: GridResult;
  map: SceneMap;
  infeasible?: ((k: number) => boolean) | null;
}) {
  const geometry = useMemo(() => buildSurface(grid, map, infeasible), [grid, map, infeasible]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh geometry={geometry}>
      <meshBasicMaterial vertexColors side={DoubleSide} />
    </mesh>
  );
}
