import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, DynamicDrawUsage } from 'three';
import { transformPoints } from '../motion';
import { frame } from './frame';

/**
 * A geometry whose vertices are `base` mapped by the frame's matrix, refreshed in the frame loop only
 * when the matrix changed (the buffer is mutated in place; nothing is allocated per frame).
 */
export function useTransformed(base: Float32Array, index?: number[]): BufferGeometry {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    // Dynamic: rewritten while a slider moves, so the driver keeps it where the CPU can update it.
    g.setAttribute('position', new BufferAttribute(base.slice(), 3).setUsage(DynamicDrawUsage));
    if (index) g.setIndex(index);
    return g;
  }, [base, index]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const seen = useRef(-1);
  useFrame(() => {
    if (seen.current === frame.version) return;
    seen.current = frame.version;
    const attr = geometry.getAttribute('position') as BufferAttribute;
    transformPoints(base, frame.m, attr.array as Float32Array);
    attr.needsUpdate = true;
    geometry.computeBoundingSphere();
  });
  return geometry;
}

/** A static geometry for untransformed reference shapes. */
export function useStatic(base: Float32Array, index?: number[]): BufferGeometry {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(base, 3));
    if (index) g.setIndex(index);
    return g;
  }, [base, index]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return geometry;
}
