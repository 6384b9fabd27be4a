import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import type { ConstraintRequest, ConstraintResult, GridRequest, GridResult } from '../../../worker/protocol';
import { levelSegments, liftedCurve, meshHeight, CURVE_LIFT } from './constraintCurve';
import type { SceneMap } from './sceneMap';

/** About a pixel of the scene at its usual size (the box is 2 units across some 400 pixels). */
const WIDEN = 0.004;

export interface ConstraintOnGrid {
  request: ConstraintRequest;
  result: ConstraintResult;
}

/**
 * Which points of f's grid are infeasible (g > c, or g not real) for a constraint g ≤ c, when the
 * constraint's grid is f's grid (same domain and size); null otherwise, and for g = c.
 */
export function infeasibleOnGrid(
  constraint: ConstraintOnGrid | null,
  grid: { request: GridRequest; result: GridResult },
): ((k: number) => boolean) | null {
  if (!constraint || constraint.request.kind !== 'le') return null;
  const d = constraint.request.domain;
  const r = grid.request;
  const same =
    constraint.result.n === grid.result.n &&
    d.xmin === r.xmin &&
    d.xmax === r.xmax &&
    d.ymin === r.ymin &&
    d.ymax === r.ymax;
  if (!same) return null;
  const { gValues } = constraint.result;
  const c = constraint.request.c;
  return (k) => !(gValues[k] <= c);
}

/**
 * The constraint on the surface: the curve g = c lifted onto the mesh of f, strong where it is in front and
 * faint where the surface hides it, and the Lagrange points at their height (the constrained optimum larger).
 * Static: built once per constraint and grid, nothing runs per frame.
 */
export function Constraint3D({
  constraint,
  grid,
  map,
  color,
}: {
  constraint: ConstraintOnGrid;
  grid: GridResult;
  map: SceneMap;
  color: string;
}) {
  const built = useMemo(() => {
    const { request, result } = constraint;
    const height = meshHeight(grid, map);
    const segments = levelSegments(result.gValues, result.n, request.c, request.domain);
    const curve = liftedCurve(segments, height, map);
    const geometry = new BufferGeometry().setAttribute('position', new BufferAttribute(curve, 3));
    // WebGL draws lines one pixel wide: two copies shifted by about a pixel (in x and in y) make the
    // visible curve a stroke of two to three pixels, legible on a projector, without a wide-line shader.
    const wide = new Float32Array(3 * curve.length);
    wide.set(curve);
    for (let k = 0; k < curve.length; k += 3) {
      wide[curve.length + k] = curve[k] + WIDEN;
      wide[curve.length + k + 1] = curve[k + 1];
      wide[curve.length + k + 2] = curve[k + 2];
      wide[2 * curve.length + k] = curve[k];
      wide[2 * curve.length + k + 1] = curve[k + 1] + WIDEN;
      wide[2 * curve.length + k + 2] = curve[k + 2];
    }
    const stroke = new BufferGeometry().setAttribute('position', new BufferAttribute(wide, 3));
    const points = result.points
      .map((p, i) => ({
        position: [map.wx(p.x), map.wy(p.y), height(p.x, p.y) + CURVE_LIFT] as [number, number, number],
        best: i === result.best,
        key: `${p.x},${p.y}`,
      }))
      .filter((p) => p.position.every(Number.isFinite));
    return { geometry, stroke, points };
  }, [constraint, grid, map]);
  useEffect(
    () => () => {
      built.geometry.dispose();
      built.stroke.dispose();
    },
    [built],
  );
  return (
    <group>
      <lineSegments geometry={built.stroke} renderOrder={2} frustumCulled={false}>
        <lineBasicMaterial color={color} />
      </lineSegments>
      {/* The part behind the surface, faintly, so the whole curve reads from any angle. */}
      <lineSegments geometry={built.geometry} renderOrder={3} frustumCulled={false}>
        <lineBasicMaterial color={color} transparent opacity={0.3} depthTest={false} />
      </lineSegments>
      {built.points.map((p) => (
        <mesh key={p.key} position={p.position}>
          <sphereGeometry args={[p.best ? 0.034 : 0.022, 12, 8]} />
          <meshBasicMaterial color={color} />
        </mesh>
      ))}
    </group>
  );
}
