/**
 * The three.js half of the 3-D scores (its own chunk, loaded only when the student ticks "scores in 3-D"):
 * every row at its first three PCA scores, coloured by label, inside the box of the scores' range, with the
 * three axes drawn through the origin. Drawn on demand (the orbit or new scores ask for one frame).
 */
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  EdgesGeometry,
  LineBasicMaterial,
  LineSegments,
  PerspectiveCamera,
  Points,
  PointsMaterial,
} from 'three';
import { usePcaStore, type PcaAnalyzeResult } from '../../../stores/ml/pca/store';
import type { Table } from '../../../stores/ml/pca/data';
import { DemandCanvas } from '../../../ui/webgl/DemandCanvas';
import { orbitPosition } from '../../../ui/webgl/orbit';
import { useOrbitPointer } from '../../../ui/webgl/useOrbitPointer';
import { readClusterColors } from './pcaColors';
import * as scoresOrbit from './scoresOrbit';

/** sRGB 0–255 to the linear 0–1 that three.js blends in. */
const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

function Rig() {
  const set = useThree((s) => s.set);
  const camera = useMemo(() => {
    const c = new PerspectiveCamera(36, 1, 0.05, 100);
    (c as unknown as { manual: boolean }).manual = true;
    c.up.set(0, 0, 1);
    return c;
  }, []);
  useEffect(() => set({ camera }), [camera, set]);
  useOrbitPointer(scoresOrbit);
  useFrame((state) => placeCamera(camera, state.size.width, state.size.height), -2);
  return null;
}

/** Puts the camera on its orbit around the box's centre and sizes its frustum to the canvas. */
function placeCamera(camera: PerspectiveCamera, width: number, height: number): void {
  if (width === 0 || height === 0) return;
  camera.aspect = width / height;
  camera.position.set(...orbitPosition(scoresOrbit.orbit, 5.4 / scoresOrbit.orbit.zoom));
  camera.lookAt(0, 0, 0);
  camera.updateProjectionMatrix();
}

/** The scores scaled so that the largest |score| of any of the three is 1 (the box is [−1, 1]³). */
export function scores3d(pca: PcaAnalyzeResult): { positions: Float32Array; scale: number } {
  const c = pca.scoreColumns;
  let top = 0;
  for (let i = 0; i < pca.n * c; i++)
    if (Number.isFinite(pca.scores[i])) top = Math.max(top, Math.abs(pca.scores[i]));
  const scale = top > 0 ? 1 / top : 1;
  const positions = new Float32Array(3 * pca.n);
  for (let i = 0; i < pca.n; i++)
    for (let j = 0; j < 3; j++) {
      const v = j < c ? pca.scores[i * c + j] * scale : 0;
      positions[3 * i + j] = Number.isFinite(v) ? v : 0;
    }
  return { positions, scale };
}

function makeScene() {
  const dots = new BufferGeometry();
  const dotMaterial = new PointsMaterial({ size: 4, sizeAttenuation: false, vertexColors: true });
  const points = new Points(dots, dotMaterial);
  const box = new EdgesGeometry(new BoxGeometry(2, 2, 2));
  const frameMaterial = new LineBasicMaterial({ color: 0x888888, transparent: true, opacity: 0.45 });
  const frame = new LineSegments(box, frameMaterial);
  const axes = new BufferGeometry();
  axes.setAttribute(
    'position',
    new BufferAttribute(new Float32Array([-1, 0, 0, 1, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, -1, 0, 0, 1]), 3),
  );
  axes.setAttribute(
    'color',
    new BufferAttribute(
      new Float32Array([
        0.8, 0.2, 0.1, 0.8, 0.2, 0.1, 0.1, 0.5, 0.2, 0.1, 0.5, 0.2, 0, 0.3, 0.8, 0, 0.3, 0.8,
      ]),
      3,
    ),
  );
  const axesMaterial = new LineBasicMaterial({ vertexColors: true });
  const axisLines = new LineSegments(axes, axesMaterial);
  for (const o of [points, frame, axisLines]) o.frustumCulled = false;

  const update = (pca: PcaAnalyzeResult | null, table: Table | null) => {
    if (!pca || pca.scoreColumns < 3) {
      points.visible = false;
      return;
    }
    const { positions } = scores3d(pca);
    const colors = readClusterColors();
    const c = new Float32Array(3 * pca.n);
    for (let i = 0; i < pca.n; i++) {
      const label = table?.labels && table.n === pca.n ? table.labels[i] : 1;
      const rgb = colors[label % colors.length];
      c[3 * i] = linear(rgb[0]);
      c[3 * i + 1] = linear(rgb[1]);
      c[3 * i + 2] = linear(rgb[2]);
    }
    dots.setAttribute('position', new BufferAttribute(positions, 3));
    dots.setAttribute('color', new BufferAttribute(c, 3));
    points.visible = true;
  };
  const dispose = () =>
    [dots, dotMaterial, box, frameMaterial, axes, axesMaterial].forEach((d) => d.dispose());
  return { objects: [points, frame, axisLines], update, dispose };
}

function ScoresScene({ theme }: { theme: string }) {
  const invalidate = useThree((s) => s.invalidate);
  const scene = useMemo(() => makeScene(), []);
  useEffect(() => () => scene.dispose(), [scene]);
  useEffect(() => {
    const { pca, table } = usePcaStore.getState();
    scene.update(pca, table);
    invalidate();
  }, [scene, invalidate, theme]);
  useEffect(
    () =>
      usePcaStore.subscribe((s, prev) => {
        if (s.pca === prev.pca && s.table === prev.table) return;
        scene.update(s.pca, s.table);
        invalidate();
      }),
    [scene, invalidate],
  );
  return (
    <>
      {scene.objects.map((o) => (
        <primitive key={o.uuid} object={o} />
      ))}
    </>
  );
}

export default function Scores3DCanvas({
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
      <ScoresScene theme={background} />
    </DemandCanvas>
  );
}
