import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { elements, LABEL_IDS, sources, type LabelId, type LabelSource } from './labelRegistry';

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

/** Projects every label's anchor to the screen each frame. */
export function LabelProjector() {
  const p = useMemo(() => new Vector3(), []);
  useFrame(({ camera, size }) => {
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
      const x = Math.round(((p.x + 1) / 2) * size.width);
      const y = Math.round(((1 - p.y) / 2) * size.height);
      const at = `${x},${y}`;
      if (el.dataset.at !== at) {
        el.dataset.at = at;
        el.style.transform = `translate(${x}px, ${y}px) translate(-50%, -50%)`;
      }
    }
  });
  return null;
}
