import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Color, DoubleSide, type LineBasicMaterial, type MeshBasicMaterial, type Vector3 } from 'three';
import type { Dim } from '../../../stores/linalg/view';
import type { SceneColors } from './colors';
import { frame } from './frame';
import { useLabel, type LabelSource } from './Labels';
import { useTransformed } from './useTransformed';

// Corner c of the unit cube is (c & 1, c >> 1 & 1, c >> 2 & 1).
const CUBE = new Float32Array(
  Array.from({ length: 8 }, (_, c) => [c & 1, (c >> 1) & 1, (c >> 2) & 1]).flat(),
);
const CUBE_FACES = [
  [0, 1, 3, 2],
  [4, 5, 7, 6],
  [0, 1, 5, 4],
  [2, 3, 7, 6],
  [0, 2, 6, 4],
  [1, 3, 7, 5],
].flatMap(([a, b, c, d]) => [a, b, c, a, c, d]);
const CUBE_EDGES = [0, 1, 2, 3, 4, 5, 6, 7, 0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7];
const SQUARE = new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0]);
const SQUARE_FACES = [0, 1, 2, 0, 2, 3];
const SQUARE_EDGES = [0, 1, 1, 2, 2, 3, 3, 0];

/**
 * A label "flipped" at the image of the cell's centre while det < 0: the orientation is then told in
 * words, not by the cell's colour alone.
 */
function flippedLabel(dim: Dim): LabelSource {
  const half = dim === 3 ? 0.5 : 0;
  return (out: Vector3) => {
    if (!(frame.det < 0)) return null;
    const m = frame.m;
    out.set(
      0.5 * (m[0] + m[1]) + half * m[2],
      0.5 * (m[3] + m[4]) + half * m[5],
      0.5 * (m[6] + m[7]) + half * m[8],
    );
    return 'flipped';
  };
}

/** The unit square (cube) mapped to a parallelogram (parallelepiped), coloured by the sign of det. */
export function UnitCell({ dim, colors }: { dim: Dim; colors: SceneColors }) {
  const base = dim === 2 ? SQUARE : CUBE;
  const faces = useTransformed(base, dim === 2 ? SQUARE_FACES : CUBE_FACES);
  const edges = useTransformed(base, dim === 2 ? SQUARE_EDGES : CUBE_EDGES);
  const fill = useRef<MeshBasicMaterial>(null);
  const line = useRef<LineBasicMaterial>(null);
  useLabel(
    'c',
    useMemo(() => flippedLabel(dim), [dim]),
  );
  const palette = useMemo(
    () => ({ positive: new Color(colors.positive), negative: new Color(colors.negative) }),
    [colors.positive, colors.negative],
  );
  const seen = useRef<{ version: number; palette: unknown }>({ version: -1, palette: null });
  useFrame(() => {
    if (!fill.current || !line.current) return;
    if (seen.current.version === frame.version && seen.current.palette === palette) return;
    seen.current = { version: frame.version, palette };
    const c = frame.det < 0 ? palette.negative : palette.positive;
    fill.current.color.copy(c);
    line.current.color.copy(c);
  });
  return (
    <group>
      <mesh geometry={faces} name="unit-cell" renderOrder={1}>
        <meshBasicMaterial
          ref={fill}
          transparent
          opacity={dim === 2 ? 0.3 : 0.18}
          side={DoubleSide}
          depthWrite={false}
        />
      </mesh>
      <lineSegments geometry={edges} renderOrder={2}>
        <lineBasicMaterial ref={line} />
      </lineSegments>
    </group>
  );
}
