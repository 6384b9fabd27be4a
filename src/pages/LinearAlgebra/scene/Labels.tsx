import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { elements, LABEL_IDS, sources, type LabelId, type LabelSource } from './labelRegistry';
import { overlaySize } from './overlaySize';

export type { LabelId, LabelSource };

/** Shows a label while the calling scene object is mounted. */
export function useLabel(id: LabelId, source: LabelSource): void {
  useEffect(() => {
    sources.set(id, source);
    return () => {
      if (sources.get(id) === source) sources.delete(id);
    };
  }, [id, source]);
}

/** Where a label may go instead of on its anchor, tried in order: above, below, right, left, corners, further. */
const NUDGES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -2],
  [0, 2],
];
const PAD = 4;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  Math.abs(a.x - b.x) * 2 < a.w + b.w + 2 * PAD && Math.abs(a.y - b.y) * 2 < a.h + b.h + 2 * PAD;

/**
 * Projects every label's anchor to the screen each frame and keeps labels from covering each other: in
 * LABEL_IDS order (basis vectors first, then v, Av, the eigenvalue and SVD labels), each label takes the
 * first of a few nudges from its anchor that overlaps no label already placed. A label's size is measured
 * when its text changes length (the font is monospaced).
 */
export function LabelProjector() {
  const p = useMemo(() => new Vector3(), []);
  const memo = useRef({
    sizes: new Map<LabelId, { len: number; w: number; h: number }>(),
    placed: [] as Box[],
  });
  useFrame(({ camera, size: drawn, gl }) => {
    const { sizes, placed } = memo.current;
    const size = overlaySize(gl.domElement, drawn);
    placed.length = 0;
    for (const id of LABEL_IDS) {
      const el = elements.get(id);
      if (!el) continue;
      const source = sources.get(id);
      const text = source ? source(p) : null;
      if (text === null || !Number.isFinite(p.x + p.y + p.z)) {
        if (el.style.display !== 'none') el.style.display = 'none';
        continue;
      }
      p.project(camera);
      const offscreen = p.z > 1 || Math.abs(p.x) > 1.02 || Math.abs(p.y) > 1.02;
      const display = offscreen ? 'none' : 'block';
      if (el.style.display !== display) el.style.display = display;
      if (offscreen) continue;
      if (el.textContent !== text) el.textContent = text;
      let box = sizes.get(id);
      if (!box || box.len !== text.length || box.w === 0) {
        box = { len: text.length, w: el.offsetWidth, h: el.offsetHeight };
        sizes.set(id, box);
      }
      const ax = ((p.x + 1) / 2) * size.width;
      const ay = ((1 - p.y) / 2) * size.height;
      let at: Box = { x: ax, y: ay, w: box.w, h: box.h };
      for (const [dx, dy] of NUDGES) {
        const c = { x: ax + dx * (box.w / 2 + 8), y: ay + dy * (box.h + PAD), w: box.w, h: box.h };
        if (!placed.some((q) => overlaps(c, q))) {
          at = c;
          break;
        }
      }
      placed.push(at);
      const x = Math.round(at.x);
      const y = Math.round(at.y);
      const key = `${x},${y}`;
      if (el.dataset.at !== key) {
        el.dataset.at = key;
        el.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`;
      }
    }
  });
  return null;
}
