import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Color, Plane, Vector3, type Mesh } from 'three';
import { coordinatesInBasis, matrixRank } from '../../../core';
import { useLinalgStore } from '../../../stores/linalg/store';
import type { Dim, LinalgView } from '../../../stores/linalg/view';
import type { SceneColors } from './colors';
import { frame } from './frame';
import { interaction } from './interaction';

/** Dragged tips land on a 0.01 grid, so the fields and the link show short numbers. */
const snap = (x: number): number => Math.round(x * 100) / 100 + 0;

function setCursor(el: HTMLElement, cursor: string): void {
  el.style.cursor = cursor;
}

/** A round handle at the tip of b_k; dragging it moves b_k in the plane facing the camera. */
function Handle({ k, dim, color }: { k: number; dim: Dim; color: string }) {
  const mesh = useRef<Mesh>(null);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scratch = useMemo(() => ({ plane: new Plane(), normal: new Vector3(), hit: new Vector3() }), []);
  const active = useRef(false);
  useFrame(() => {
    const b = frame.view.basis;
    mesh.current?.position.set(b[0][k], b[1][k], dim === 3 ? b[2][k] : 0);
  });
  const down = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation();
    (e.target as unknown as Element).setPointerCapture(e.pointerId);
    active.current = true;
    interaction.dragging = true;
    if (dim === 2) scratch.normal.set(0, 0, 1);
    else camera.getWorldDirection(scratch.normal);
    scratch.plane.setFromNormalAndCoplanarPoint(scratch.normal, mesh.current!.position);
  };
  const move = (e: ThreeEvent<PointerEvent>) => {
    if (!active.current || !e.ray.intersectPlane(scratch.plane, scratch.hit)) return;
    const { view, setMatrix } = useLinalgStore.getState();
    const tip = [scratch.hit.x, scratch.hit.y, scratch.hit.z].map(snap);
    setMatrix(
      'basis',
      view.basis.map((row, i) => row.map((x, j) => (j === k ? tip[i] : x))),
    );
  };
  const up = (e: ThreeEvent<PointerEvent>) => {
    (e.target as unknown as Element).releasePointerCapture(e.pointerId);
    active.current = false;
    interaction.dragging = false;
  };
  return (
    <mesh
      ref={mesh}
      name={`handle-b${k + 1}`}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerOver={() => setCursor(gl.domElement, 'grab')}
      onPointerOut={() => setCursor(gl.domElement, '')}
    >
      <sphereGeometry args={[0.16, 20, 12]} />
      <meshBasicMaterial color={color} transparent opacity={0.45} />
    </mesh>
  );
}

/** v = c₁b₁ + c₂b₂ (+ c₃b₃) drawn as a path along the new basis vectors, then v itself. */
function CoordinatePath({ colors }: { colors: SceneColors }) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array(18), 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(18), 3));
    return g;
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const palette = useMemo(() => [colors.i, colors.j, colors.k].map((c) => new Color(c)), [colors]);
  const seen = useRef<{ view: LinalgView | null; palette: unknown }>({ view: null, palette: null });
  useFrame(() => {
    const view = frame.view;
    if (seen.current.view === view && seen.current.palette === palette) return;
    seen.current = { view, palette };
    const p = view.basis;
    const n = p.length;
    if (matrixRank(p) < n) return geometry.setDrawRange(0, 0);
    const c = coordinatesInBasis(view.v, p);
    const pos = geometry.getAttribute('position') as BufferAttribute;
    const col = geometry.getAttribute('color') as BufferAttribute;
    const at = [0, 0, 0];
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < 3; i++) {
        pos.array[6 * k + i] = at[i];
        at[i] += c[k] * (p[i]?.[k] ?? 0);
        pos.array[6 * k + 3 + i] = at[i];
      }
      palette[k].toArray(col.array, 6 * k);
      palette[k].toArray(col.array, 6 * k + 3);
    }
    pos.needsUpdate = true;
    col.needsUpdate = true;
    geometry.setDrawRange(0, 2 * n);
    geometry.computeBoundingSphere();
  });
  return (
    <lineSegments geometry={geometry} name="coordinate-path">
      <lineBasicMaterial vertexColors transparent opacity={0.8} />
    </lineSegments>
  );
}

export function BasisHandles({ dim, colors }: { dim: Dim; colors: SceneColors }) {
  const palette = [colors.i, colors.j, colors.k];
  return (
    <group name="basis-handles">
      <CoordinatePath colors={colors} />
      {palette.slice(0, dim).map((c, k) => (
        <Handle key={k} k={k} dim={dim} color={c} />
      ))}
    </group>
  );
}
