import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3, type Group, type Mesh } from 'three';

const UP = new Vector3(0, 1, 0);
const HEAD = 0.26;

/** Writes a point into `out`; returns false when the arrow should be hidden this frame. */
export type PointSource = (out: Vector3) => boolean;

/**
 * An arrow from `from` (default the origin) to `to`, both read every frame and applied by mutation:
 * a unit cylinder and cone, scaled and turned, so no geometry is rebuilt while a slider moves.
 */
export function Arrow({
  to,
  from,
  color,
  radius = 0.035,
  opacity = 1,
}: {
  to: PointSource;
  from?: (out: Vector3) => void;
  color: string;
  radius?: number;
  opacity?: number;
}) {
  const group = useRef<Group>(null);
  const shaft = useRef<Mesh>(null);
  const head = useRef<Mesh>(null);
  const scratch = useMemo(() => ({ a: new Vector3(), b: new Vector3() }), []);
  useFrame(() => {
    const g = group.current;
    if (!g || !shaft.current || !head.current) return;
    const { a, b } = scratch;
    a.set(0, 0, 0);
    if (from) from(a);
    const visible = to(b);
    b.sub(a);
    const len = b.length();
    if (!visible || !(len > 1e-6) || !Number.isFinite(len)) {
      g.visible = false;
      return;
    }
    g.visible = true;
    g.position.copy(a);
    g.quaternion.setFromUnitVectors(UP, b.divideScalar(len));
    const h = Math.min(HEAD, len * 0.45);
    shaft.current.scale.set(1, len - h, 1);
    shaft.current.position.y = (len - h) / 2;
    head.current.scale.setScalar(h / HEAD);
    head.current.position.y = len - h / 2;
  });
  const transparent = opacity < 1;
  return (
    <group ref={group}>
      <mesh ref={shaft}>
        <cylinderGeometry args={[radius, radius, 1, 10]} />
        <meshBasicMaterial color={color} transparent={transparent} opacity={opacity} />
      </mesh>
      <mesh ref={head}>
        <coneGeometry args={[radius * 3, HEAD, 16]} />
        <meshBasicMaterial color={color} transparent={transparent} opacity={opacity} />
      </mesh>
    </group>
  );
}
