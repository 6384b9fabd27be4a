/**
 * Text labels over the canvas (î, ĵ, λ₁ = …, σ₁ = …, "flipped" on the unit cell) are plain DOM spans
 * that the frame loop moves by writing their transform, so labels cost no React render and no font
 * texture. This file holds the spans and the registry without importing three.js, so the page can draw
 * them before the scene loads.
 */
import type { Vector3 } from 'three';

export const LABEL_IDS = [
  'i',
  'j',
  'k',
  'v',
  'av',
  'c',
  'l0',
  'l1',
  'l2',
  's0',
  's1',
  's2',
  'p0',
  'p1',
  'p2',
] as const;
export type LabelId = (typeof LABEL_IDS)[number];
/** Writes the label's anchor into `out` and returns its text, or null to hide it. */
export type LabelSource = (out: Vector3) => string | null;

export const sources = new Map<LabelId, LabelSource>();
export const elements = new Map<LabelId, HTMLSpanElement>();

/** The spans, laid over the canvas by the page (outside the r3f tree). */
export function LabelLayer() {
  return (
    <div className="la-labels" aria-hidden="true">
      {LABEL_IDS.map((id) => (
        <span
          key={id}
          className={`la-label la-label-${id[0]}`}
          data-label={id}
          ref={(el) => {
            if (el) elements.set(id, el);
            else elements.delete(id);
          }}
        />
      ))}
    </div>
  );
}
