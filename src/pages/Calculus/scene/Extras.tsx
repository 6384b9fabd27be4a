import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide, EdgesGeometry, BoxGeometry } from 'three';
import type { Curvature } from '../../../core';
import type { Overlay } from '../../../stores/calculus/view';
import { BOX_HEIGHT, type SceneMap } from './sceneMap';

/** The outline of the box the surface lives in, for orientation. */
export function BoxFrame({ color, hx, hy }: { color: string; hx: number; hy: number }) {
  const geometry = useMemo(() => new EdgesGeometry(new BoxGeometry(2 * hx, 2 * hy, BOX_HEIGHT)), [hx, hy]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <lineSegments geometry={geometry}>
      <lineBasicMaterial color={color} transparent opacity={0.55} />
    </lineSegments>
  );
}

/** The start point on the surface (the paths leave from it). */
export function StartMarker({
  position,
  limits,
  color,
}: {
  position: [number, number, number];
  limits: [number, number];
  color: string;
}) {
  if (
    !position.every(Number.isFinite) ||
    Math.abs(position[0]) > limits[0] ||
    Math.abs(position[1]) > limits[1]
  )
    return null;
  return (
    <mesh position={position}>
      <sphereGeometry args={[0.032, 16, 12]} />
      <meshBasicMaterial color={color} />
    </mesh>
  );
}

const PATCH = 16;

/**
 * The tangent plane f(p) + ∇f·d, or the second-order model f(p) + ∇f·d + ½ dᵀHd, over a square
 * around the probe point p (a sixth of the domain wide), drawn translucent over the surface.
 */
export function TaylorPatch({
  map,
  probe,
  curvature,
  kind,
  span,
  color,
}: {
  map: SceneMap;
  probe: [number, number];
  curvature: Curvature;
  kind: Exclude<Overlay, 'none'>;
  span: [number, number];
  color: string;
}) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(PATCH * PATCH * 3), 3));
    const index: number[] = [];
    for (let j = 0; j + 1 < PATCH; j++)
      for (let i = 0; i + 1 < PATCH; i++) {
        const a = j * PATCH + i;
        index.push(a, a + 1, a + PATCH + 1, a, a + PATCH + 1, a + PATCH);
      }
    g.setIndex(index);
    return g;
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    const pos = geometry.getAttribute('position') as BufferAttribute;
    const { value, gradient: g, hessian: h } = curvature;
    const second = kind === 'taylor' ? 0.5 : 0;
    for (let j = 0; j < PATCH; j++)
      for (let i = 0; i < PATCH; i++) {
        const dx = ((i / (PATCH - 1)) * 2 - 1) * span[0];
        const dy = ((j / (PATCH - 1)) * 2 - 1) * span[1];
        const z =
          value +
          g[0] * dx +
          g[1] * dy +
          second * (h[0][0] * dx * dx + 2 * h[0][1] * dx * dy + h[1][1] * dy * dy);
        pos.setXYZ(j * PATCH + i, map.wx(probe[0] + dx), map.wy(probe[1] + dy), map.wzLoose(z) + 0.004);
      }
    pos.needsUpdate = true;
    geometry.computeVertexNormals();
    geometry.computeBoundingSphere();
  }, [geometry, curvature, kind, map, probe, span]);
  return (
    <group>
      <mesh geometry={geometry}>
        <meshBasicMaterial color={color} transparent opacity={0.35} side={DoubleSide} depthWrite={false} />
      </mesh>
      <mesh geometry={geometry}>
        <meshBasicMaterial color={color} wireframe transparent opacity={0.7} />
      </mesh>
    </group>
  );
}
