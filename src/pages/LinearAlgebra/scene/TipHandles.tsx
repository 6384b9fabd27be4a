import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, Color, Plane, Vector3, type Mesh } from 'three';
import { coordinatesInBasis, matrixRank } from '../../../core';
import { useLinalgStore } from '../../../stores/linalg/store';
import type { Dim, LinalgView } from '../../../stores/linalg/view';
import type { SceneColors } from './colors';
import { frame } from './frame';
import { interaction } from './interaction';
import { overlaySize } from './overlaySize';
import { moveTip, tipButtons, tipOf, tipsOf, type TipSpec } from './tipButtons';

function setCursor(el: HTMLElement, cursor: string): void {
  el.style.cursor = cursor;
}

/** Where a tip is drawn this frame: A's columns follow the animated matrix on screen. */
function anchorOf(tip: TipSpec, out: Vector3): Vector3 {
  const view = frame.view;
  if (tip.which === 'a') return out.set(frame.m[tip.col], frame.m[3 + tip.col], frame.m[6 + tip.col]);
  const p = tipOf(view, tip);
  return out.set(p[0], p[1], p[2] ?? 0);
}

/**
 * A round handle at a tip (a column of A or of the basis, or v); dragging it moves the tip in the plane
 * through it that faces the camera (in 2-D, the plane itself).
 */
function Handle({ tip, dim, color }: { tip: TipSpec; dim: Dim; color: string }) {
  const mesh = useRef<Mesh>(null);
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scratch = useMemo(() => ({ plane: new Plane(), normal: new Vector3(), hit: new Vector3() }), []);
  const active = useRef(false);
  useFrame(() => {
    if (mesh.current) anchorOf(tip, mesh.current.position);
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
    moveTip(tip, [scratch.hit.x, scratch.hit.y, scratch.hit.z].slice(0, dim));
  };
  const up = (e: ThreeEvent<PointerEvent>) => {
    (e.target as unknown as Element).releasePointerCapture(e.pointerId);
    active.current = false;
    interaction.dragging = false;
  };
  return (
    <mesh
      ref={mesh}
      name={`handle-${tip.id}`}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerOver={() => setCursor(gl.domElement, 'grab')}
      onPointerOut={() => setCursor(gl.domElement, '')}
    >
      <sphereGeometry args={[tip.which === 'v' ? 0.12 : 0.16, 20, 12]} />
      <meshBasicMaterial color={color} transparent opacity={0.45} />
    </mesh>
  );
}

/** Moves each tip button (tipButtons.tsx) over its tip, every frame the scene draws. */
function TipProjector({ tips }: { tips: TipSpec[] }) {
  const p = useMemo(() => new Vector3(), []);
  useFrame(({ camera, size: drawn, gl }) => {
    const size = overlaySize(gl.domElement, drawn);
    for (const tip of tips) {
      const el = tipButtons.get(tip.id);
      if (!el) continue;
      anchorOf(tip, p).project(camera);
      const hidden = !Number.isFinite(p.x + p.y) || p.z > 1 || Math.abs(p.x) > 1 || Math.abs(p.y) > 1;
      const x = Math.round(((p.x + 1) / 2) * size.width);
      const y = Math.round(((1 - p.y) / 2) * size.height);
      const at = hidden ? 'hidden' : `${x},${y}`;
      if (el.dataset.at === at) continue;
      // The stylesheet hides a button until it has a place, and while its tip is off the canvas.
      el.dataset.at = at;
      if (!hidden) el.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`;
    }
  });
  return null;
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

/**
 * The draggable tips of a view (tipsOf: A's columns and v in the Transform view, the basis in Change of
 * basis) and, for the change of basis, v's path along the new basis.
 */
export function TipHandles({ dim, colors }: { dim: Dim; colors: SceneColors }) {
  const mode = useLinalgStore((s) => s.view.mode);
  const vec = useLinalgStore((s) => s.view.vec);
  const tips = useMemo(() => tipsOf(mode, dim, vec), [mode, dim, vec]);
  const palette = [colors.i, colors.j, colors.k];
  return (
    <group name="tip-handles">
      {mode === 'basis' && <CoordinatePath colors={colors} />}
      {tips.map((tip) => (
        <Handle key={tip.id} tip={tip} dim={dim} color={tip.which === 'v' ? colors.v : palette[tip.col]} />
      ))}
      <TipProjector tips={tips} />
    </group>
  );
}
