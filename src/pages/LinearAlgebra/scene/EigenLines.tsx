import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, DynamicDrawUsage, type LineSegments, type Vector3 } from 'three';
import { useLinalgStore, type LinalgResult } from '../../../stores/linalg/store';
import { eigenDirections, type EigenDirection } from '../sceneData';
import type { SceneColors } from './colors';
import { useLabel, type LabelSource } from './Labels';

const HALF = 12;
const LABEL_AT = 3.1;

/**
 * Dashed lines through the origin along the real eigenvectors of A, labelled with λ. They change
 * only when A does, which the frame loop notices by the identity of the store's result.
 */
/** The lines' data and label sources, updated from the frame loop when A changes. */
function eigenState() {
  let result: LinalgResult | null = null;
  let dirs: EigenDirection[] = [];
  const labels = [0, 1, 2].map((k): LabelSource => (out: Vector3) => {
    const d = dirs[k];
    if (!d) return null;
    // Stagger along the line so that labels of nearby directions do not overlap.
    out.set(d.dir[0], d.dir[1], d.dir[2]).multiplyScalar(LABEL_AT + 0.5 * k);
    return d.text;
  });
  return {
    labels,
    /** New directions when `next` differs from the result last seen, else null. */
    update(next: LinalgResult): EigenDirection[] | null {
      if (next === result) return null;
      result = next;
      dirs = eigenDirections(next);
      return dirs;
    },
  };
}

export function EigenLines({ colors }: { colors: SceneColors }) {
  const lines = useRef<LineSegments>(null);
  const state = useMemo(() => eigenState(), []);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    // Unused segments collapse to the origin instead of shrinking the draw range: the first real
    // eigenvector then needs no new pipeline (a shader compile in the middle of a slider drag).
    g.setAttribute('position', new BufferAttribute(new Float32Array(18), 3).setUsage(DynamicDrawUsage));
    // Dashes are measured from each segment's start; every segment is 2·HALF long (or collapsed).
    g.setAttribute(
      'lineDistance',
      new BufferAttribute(new Float32Array([0, 2 * HALF, 0, 2 * HALF, 0, 2 * HALF]), 1),
    );
    return g;
  }, []);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useFrame(() => {
    if (!lines.current) return;
    const dirs = state.update(useLinalgStore.getState().result);
    if (!dirs) return;
    const pos = geometry.getAttribute('position') as BufferAttribute;
    for (let k = 0; k < 3; k++) {
      const dir = dirs[k]?.dir;
      for (let c = 0; c < 3; c++) {
        pos.array[6 * k + c] = dir ? -HALF * dir[c] : 0;
        pos.array[6 * k + 3 + c] = dir ? HALF * dir[c] : 0;
      }
    }
    pos.needsUpdate = true;
    geometry.computeBoundingSphere();
  });
  useLabel('l0', state.labels[0]);
  useLabel('l1', state.labels[1]);
  useLabel('l2', state.labels[2]);
  return (
    // Drawn with the transparent objects, after the grid (whose lines would otherwise cover an eigenvector
    // line along an axis) and the unit cell: renderOrder sorts only within that pass.
    <lineSegments ref={lines} geometry={geometry} name="eigen-lines" renderOrder={3}>
      <lineDashedMaterial
        color={colors.eigen}
        dashSize={0.18}
        gapSize={0.12}
        transparent
        depthWrite={false}
      />
    </lineSegments>
  );
}
