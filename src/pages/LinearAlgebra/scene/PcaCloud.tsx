import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DoubleSide,
  DynamicDrawUsage,
  ShaderMaterial,
  type Vector3,
} from 'three';
import { projectOntoComponents } from '../../../core';
import { useLinalgStore, type CloudResult } from '../../../stores/linalg/store';
import { CLOUD_MAX } from '../../../stores/linalg/view';
import { Arrow } from './Arrow';
import type { SceneColors } from './colors';
import { frame } from './frame';
import { useLabel, type LabelSource } from './Labels';

/** Round points of a fixed pixel size. */
function pointMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { color: { value: new Color() }, size: { value: 6 } },
    vertexShader:
      'uniform float size; void main() { gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0); gl_PointSize = size; }',
    fragmentShader:
      'uniform vec3 color; void main() { vec2 c = gl_PointCoord - 0.5; if (dot(c, c) > 0.25) discard; gl_FragColor = vec4(color, 1.0);\n#include <colorspace_fragment>\n}',
  });
}

function stylePoints(material: ShaderMaterial, color: string, size: number): void {
  (material.uniforms.color.value as Color).set(color);
  material.uniforms.size.value = size;
}

const geometryOf = (vertices: number) => {
  const g = new BufferGeometry();
  g.setAttribute(
    'position',
    new BufferAttribute(new Float32Array(3 * vertices), 3).setUsage(DynamicDrawUsage),
  );
  return g;
};

interface Prepared {
  cloud: CloudResult | null;
  k: number;
  from: Float32Array;
  to: Float32Array;
}

/**
 * The PCA demo: the cloud, its principal axes (2 standard deviations long), the principal subspace
 * of dimension k, and every point sliding onto its projection as t goes from 0 to 1.
 */
export function PcaCloud({ colors }: { colors: SceneColors }) {
  const dpr = useThree((s) => s.viewport.dpr);
  const material = useMemo(() => pointMaterial(), []);
  const points = useMemo(() => geometryOf(CLOUD_MAX), []);
  const rays = useMemo(() => geometryOf(2 * CLOUD_MAX), []);
  const plane = useMemo(() => {
    const g = geometryOf(4);
    g.setIndex([0, 1, 2, 0, 2, 3]);
    return g;
  }, []);
  const outline = useMemo(() => geometryOf(8), []);
  useEffect(
    () => () => [material, points, rays, plane, outline].forEach((x) => x.dispose()),
    [material, points, rays, plane, outline],
  );
  useEffect(() => stylePoints(material, colors.points, 6 * dpr), [material, colors.points, dpr]);

  const prepared = useRef<Prepared>({
    cloud: null,
    k: 0,
    from: new Float32Array(0),
    to: new Float32Array(0),
  });
  const seen = useRef(-1);
  useFrame(() => {
    const { cloud, view } = useLinalgStore.getState();
    const p = prepared.current;
    let fresh = false;
    if (p.cloud !== cloud || p.k !== view.k) {
      const proj = projectOntoComponents(cloud.points, cloud.model, view.k);
      const pad = (rows: number[][]) => new Float32Array(rows.flatMap((r) => [r[0], r[1], r[2] ?? 0]));
      prepared.current = { cloud, k: view.k, from: pad(cloud.points), to: pad(proj.reconstructed) };
      writeSubspace(plane, outline, cloud, view.k);
      fresh = true;
    }
    if (!fresh && seen.current === frame.version) return;
    seen.current = frame.version;
    const { from, to } = prepared.current;
    const t = frame.t;
    const pos = points.getAttribute('position') as BufferAttribute;
    const seg = rays.getAttribute('position') as BufferAttribute;
    for (let q = 0; q < from.length / 3; q++) {
      for (let c = 0; c < 3; c++) {
        const a = from[3 * q + c];
        const x = a + t * (to[3 * q + c] - a);
        pos.array[3 * q + c] = x;
        seg.array[6 * q + c] = a;
        seg.array[6 * q + 3 + c] = x;
      }
    }
    pos.needsUpdate = true;
    seg.needsUpdate = true;
    points.setDrawRange(0, from.length / 3);
    rays.setDrawRange(0, (2 * from.length) / 3);
    points.computeBoundingSphere();
    rays.computeBoundingSphere();
  });

  const axisTip = useMemo(
    () =>
      [0, 1, 2].map((i) => (out: Vector3) => {
        const { model } = useLinalgStore.getState().cloud;
        const w = model.axes[i];
        if (!w) return false;
        const len = 2 * Math.sqrt(model.variances[i]);
        out.set(
          model.mean[0] + len * w[0],
          model.mean[1] + len * w[1],
          (model.mean[2] ?? 0) + len * (w[2] ?? 0),
        );
        return true;
      }),
    [],
  );
  const mean = (out: Vector3) => {
    const m = useLinalgStore.getState().cloud.model.mean;
    out.set(m[0], m[1], m[2] ?? 0);
  };
  const labels = useMemo(
    () =>
      axisTip.map((tip, i): LabelSource => (out) => {
        if (!tip(out)) return null;
        const ratio = useLinalgStore.getState().cloud.model.explainedRatio[i];
        out.multiplyScalar(1 + 0.4 / Math.max(out.length(), 1e-9));
        return `PC${i + 1} · ${(100 * ratio).toFixed(0)}%`;
      }),
    [axisTip],
  );
  useLabel('p0', labels[0]);
  useLabel('p1', labels[1]);
  useLabel('p2', labels[2]);
  const palette = [colors.i, colors.j, colors.k];
  return (
    <group name="pca-cloud">
      <lineSegments geometry={rays}>
        <lineBasicMaterial color={colors.projected} transparent opacity={0.35} depthWrite={false} />
      </lineSegments>
      <points geometry={points} material={material} name="pca-points" />
      <mesh geometry={plane}>
        <meshBasicMaterial
          color={colors.subspace}
          transparent
          opacity={0.15}
          side={DoubleSide}
          depthWrite={false}
        />
      </mesh>
      <lineSegments geometry={outline}>
        <lineBasicMaterial color={colors.subspace} />
      </lineSegments>
      {axisTip.map((tip, i) => (
        <Arrow key={i} from={mean} to={tip} color={palette[i]} radius={0.04} />
      ))}
    </group>
  );
}

/**
 * The principal subspace through the mean: a long segment for k = 1, a square patch with its outline
 * for k = 2 in 3D, nothing when k is the full dimension (the projection is then the identity).
 */
function writeSubspace(plane: BufferGeometry, outline: BufferGeometry, cloud: CloudResult, k: number): void {
  const { mean, axes, variances } = cloud.model;
  // 2.5 standard deviations along each kept axis cover nearly all the points.
  const [l1, l2] = [2.5 * Math.sqrt(variances[0]) + 0.5, 2.5 * Math.sqrt(variances[1] ?? 0) + 0.5];
  const at = (s: number, u: number): number[] =>
    [0, 1, 2].map(
      (c) => (mean[c] ?? 0) + s * l1 * (axes[0][c] ?? 0) + (k === 2 ? u * l2 * (axes[1]?.[c] ?? 0) : 0),
    );
  const planePos = plane.getAttribute('position') as BufferAttribute;
  const linePos = outline.getAttribute('position') as BufferAttribute;
  plane.setDrawRange(0, 0);
  outline.setDrawRange(0, 0);
  if (k === 1 && mean.length > 1) {
    linePos.array.set([...at(-1, 0), ...at(1, 0)]);
    outline.setDrawRange(0, 2);
  } else if (k === 2 && mean.length === 3) {
    const corners = [at(-1, -1), at(1, -1), at(1, 1), at(-1, 1)];
    planePos.array.set(corners.flat());
    linePos.array.set([0, 1, 1, 2, 2, 3, 3, 0].flatMap((c) => corners[c]));
    plane.setDrawRange(0, 6);
    outline.setDrawRange(0, 8);
  }
  planePos.needsUpdate = true;
  linePos.needsUpdate = true;
  plane.computeBoundingSphere();
  outline.computeBoundingSphere();
}
