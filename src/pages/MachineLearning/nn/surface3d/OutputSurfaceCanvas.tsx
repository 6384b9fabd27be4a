/**
 * The three.js half of the output surface (its own chunk, loaded only when the student opens the 3-D view):
 * the network's output over the plot's square as a coloured surface, the points at their labels' heights.
 * New snapshots arrive up to 30 times a second while training; the geometry is rewritten in place at most
 * every UPDATE_MS and one frame is asked for (the canvas renders on demand), never a React render.
 */
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  DoubleSide,
  EdgesGeometry,
  BoxGeometry,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Points,
  PointsMaterial,
} from 'three';
import { EXTENT } from '../../../../stores/ml/nn/data';
import { useNnStore, type NnState } from '../../../../stores/ml/nn/store';
import { DemandCanvas } from '../../../../ui/webgl/DemandCanvas';
import { orbitPosition } from '../../../../ui/webgl/orbit';
import { useOrbitPointer } from '../../../../ui/webgl/useOrbitPointer';
import { diverging, readPalette } from '../../shared/colors';
import { outputKind } from '../outputKind';
import * as surfaceOrbit from './orbit';
import { fillSurface, linear, pointHeight } from './surfaceModel';

const UPDATE_MS = 100;

function Rig() {
  const set = useThree((s) => s.set);
  const camera = useMemo(() => {
    const c = new PerspectiveCamera(36, 1, 0.05, 100);
    (c as unknown as { manual: boolean }).manual = true;
    c.up.set(0, 0, 1);
    return c;
  }, []);
  useEffect(() => set({ camera }), [camera, set]);
  useOrbitPointer(surfaceOrbit);
  useFrame((state) => placeCamera(camera, state.size.width, state.size.height), -2);
  return null;
}

/** Puts the camera on its orbit around the box's centre and sizes its frustum to the canvas. */
function placeCamera(camera: PerspectiveCamera, width: number, height: number): void {
  if (width === 0 || height === 0) return;
  camera.aspect = width / height;
  camera.position.set(...orbitPosition(surfaceOrbit.orbit, 5.2 / surfaceOrbit.orbit.zoom));
  camera.lookAt(0, 0, 0);
  camera.updateProjectionMatrix();
}

/** Builds the scene objects once; `update` rewrites them from the store's state. */
function makeScene() {
  const surface = new BufferGeometry();
  const surfaceMaterial = new MeshBasicMaterial({ vertexColors: true, side: DoubleSide });
  const mesh = new Mesh(surface, surfaceMaterial);
  const dots = new BufferGeometry();
  const dotMaterial = new PointsMaterial({ size: 6, sizeAttenuation: false, vertexColors: true });
  const points = new Points(dots, dotMaterial);
  const box = new EdgesGeometry(new BoxGeometry(2, 2, 2));
  const frameMaterial = new LineBasicMaterial({ color: 0x888888, transparent: true, opacity: 0.5 });
  const frame = new LineSegments(box, frameMaterial);
  for (const o of [mesh, points, frame]) o.frustumCulled = false;
  let size = 0;

  const update = (s: NnState) => {
    const { snapshot, data } = s;
    if (!snapshot || 'error' in data || data.oneD || snapshot.picture.length === 0) {
      mesh.visible = false;
      points.visible = false;
      return;
    }
    const kind = outputKind(data);
    const outputs = kind.kind === 'probability' ? kind.outputs : 1;
    const n = Math.round(Math.sqrt(snapshot.picture.length / outputs));
    if (n < 2) return;
    const palette = readPalette();
    if (n !== size) {
      size = n;
      surface.setAttribute('position', new BufferAttribute(new Float32Array(3 * n * n), 3));
      surface.setAttribute('color', new BufferAttribute(new Float32Array(3 * n * n), 3));
      const index: number[] = [];
      for (let j = 0; j < n - 1; j++)
        for (let i = 0; i < n - 1; i++) {
          const a = j * n + i;
          index.push(a, a + 1, a + n, a + 1, a + n + 1, a + n);
        }
      surface.setIndex(index);
    }
    const pos = surface.getAttribute('position') as BufferAttribute;
    const col = surface.getAttribute('color') as BufferAttribute;
    fillSurface(pos.array as Float32Array, col.array as Float32Array, snapshot.picture, n, kind, palette);
    pos.needsUpdate = true;
    col.needsUpdate = true;

    const p = new Float32Array(3 * data.n);
    const c = new Float32Array(3 * data.n);
    for (let i = 0; i < data.n; i++) {
      p[3 * i] = data.x[2 * i] / EXTENT;
      p[3 * i + 1] = data.x[2 * i + 1] / EXTENT;
      p[3 * i + 2] = pointHeight(data.y[i], kind) + 0.02;
      const rgb =
        kind.kind === 'value'
          ? diverging(palette, p[3 * i + 2] * 1.8)
          : palette.classes[data.y[i] % palette.classes.length];
      c[3 * i] = linear(rgb[0]);
      c[3 * i + 1] = linear(rgb[1]);
      c[3 * i + 2] = linear(rgb[2]);
    }
    dots.setAttribute('position', new BufferAttribute(p, 3));
    dots.setAttribute('color', new BufferAttribute(c, 3));
    mesh.visible = true;
    points.visible = true;
  };
  const dispose = () =>
    [surface, surfaceMaterial, dots, dotMaterial, box, frameMaterial].forEach((d) => d.dispose());
  return { objects: [mesh, points, frame], update, dispose };
}

function OutputSurface({ theme }: { theme: string }) {
  const invalidate = useThree((s) => s.invalidate);
  const scene = useMemo(() => makeScene(), []);
  useEffect(() => () => scene.dispose(), [scene]);
  // The colours are the theme's: a theme change repaints the surface.
  useEffect(() => {
    scene.update(useNnStore.getState());
    invalidate();
  }, [scene, invalidate, theme]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = useNnStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot && s.data === prev.data) return;
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        scene.update(useNnStore.getState());
        invalidate();
      }, UPDATE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [scene, invalidate]);
  return (
    <>
      {scene.objects.map((o) => (
        <primitive key={o.uuid} object={o} />
      ))}
    </>
  );
}

export default function OutputSurfaceCanvas({
  background,
  onLost,
  software,
}: {
  background: string;
  onLost: () => void;
  software: boolean;
}) {
  return (
    <DemandCanvas software={software} onLost={onLost} maxDpr={1.5} antialias>
      <color attach="background" args={[background]} />
      <Rig />
      <OutputSurface theme={background} />
    </DemandCanvas>
  );
}
