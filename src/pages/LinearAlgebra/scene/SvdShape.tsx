import { useMemo } from 'react';
import { DoubleSide, SphereGeometry, type Vector3 } from 'three';
import type { Dim } from '../../../stores/linalg/view';
import { factorsOf } from '../motion';
import { fmt, sub } from '../format';
import { Arrow } from './Arrow';
import type { SceneColors } from './colors';
import { frame } from './frame';
import { useLabel, type LabelSource } from './Labels';
import { useStatic, useTransformed } from './useTransformed';

const SEGMENTS = 128;

/** The unit circle as line segments, and as a fan of triangles around the origin. */
function circle(): { ring: Float32Array; disk: Float32Array; diskIndex: number[] } {
  const ring: number[] = [];
  const disk: number[] = [0, 0, 0];
  const diskIndex: number[] = [];
  for (let k = 0; k < SEGMENTS; k++) {
    const [a, b] = [(2 * Math.PI * k) / SEGMENTS, (2 * Math.PI * (k + 1)) / SEGMENTS];
    ring.push(Math.cos(a), Math.sin(a), 0, Math.cos(b), Math.sin(b), 0);
    disk.push(Math.cos(a), Math.sin(a), 0);
    diskIndex.push(0, k + 1, ((k + 1) % SEGMENTS) + 1);
  }
  return { ring: new Float32Array(ring), disk: new Float32Array(disk), diskIndex };
}

/** Three great circles of the unit sphere (in the xy, yz and zx planes). */
function greatCircles(): Float32Array {
  const out: number[] = [];
  for (let k = 0; k < SEGMENTS; k++) {
    const [a, b] = [(2 * Math.PI * k) / SEGMENTS, (2 * Math.PI * (k + 1)) / SEGMENTS];
    const [ca, sa, cb, sb] = [Math.cos(a), Math.sin(a), Math.cos(b), Math.sin(b)];
    out.push(ca, sa, 0, cb, sb, 0, 0, ca, sa, 0, cb, sb, sa, 0, ca, sb, 0, cb);
  }
  return new Float32Array(out);
}

const CIRCLE = circle();
const RINGS = greatCircles();

/** Row i of Vᵀ (a right singular vector), mapped by the frame's matrix. */
const singularTip = (i: number) => (out: Vector3) => {
  const f = factorsOf(frame.view.a).svd.vtFlat;
  const [x, y, z] = [f[3 * i], f[3 * i + 1], f[3 * i + 2]];
  const m = frame.m;
  out.set(m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z);
  return true;
};

/** The unit circle (sphere) carried through Vᵀ → Σ → U, with the singular directions labelled σᵢ. */
export function SvdShape({ dim, colors }: { dim: Dim; colors: SceneColors }) {
  const sphere = useMemo(() => {
    const g = new SphereGeometry(1, 36, 18);
    const base = (g.getAttribute('position').array as Float32Array).slice();
    const index = Array.from(g.index?.array ?? []);
    g.dispose();
    return { base, index };
  }, []);
  const fill = useTransformed(
    dim === 2 ? CIRCLE.disk : sphere.base,
    dim === 2 ? CIRCLE.diskIndex : sphere.index,
  );
  const outline = useTransformed(dim === 2 ? CIRCLE.ring : RINGS);
  const unit = useStatic(dim === 2 ? CIRCLE.ring : RINGS);
  const tips = useMemo(() => [singularTip(0), singularTip(1), singularTip(2)], []);
  const labels = useMemo(
    () =>
      tips.map((tip, i): LabelSource => (out) => {
        if (i >= frame.view.a.length || !tip(out)) return null;
        const len = out.length();
        if (len > 1e-9) out.multiplyScalar(1 + 0.35 / len);
        return `σ${sub(i + 1)} = ${fmt(Math.abs(factorsOf(frame.view.a).svd.sigma[i]), 3)}`;
      }),
    [tips],
  );
  useLabel('s0', labels[0]);
  useLabel('s1', labels[1]);
  useLabel('s2', labels[2]);
  const palette = [colors.i, colors.j, colors.k];
  return (
    <group name="svd-shape">
      <mesh geometry={fill} renderOrder={1}>
        <meshBasicMaterial
          color={colors.shape}
          transparent
          opacity={dim === 2 ? 0.22 : 0.16}
          side={DoubleSide}
          depthWrite={false}
        />
      </mesh>
      <lineSegments geometry={unit}>
        <lineBasicMaterial color={colors.shape} transparent opacity={0.4} depthWrite={false} />
      </lineSegments>
      <lineSegments geometry={outline} renderOrder={2} name="svd-outline">
        <lineBasicMaterial color={colors.shape} />
      </lineSegments>
      {tips.slice(0, dim).map((tip, i) => (
        <Arrow key={i} to={tip} color={palette[i]} radius={0.03} />
      ))}
    </group>
  );
}
