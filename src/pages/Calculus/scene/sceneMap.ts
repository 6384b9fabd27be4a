/**
 * From the function's coordinates to the scene's: the domain becomes the rectangle
 * [−hx, hx] × [−hy, hy] with the domain's proportions (the longer side 2, the shorter at least 0.7,
 * so that a narrow valley looks narrow but a very flat domain stays visible), heights in the
 * display range [zLow, zHigh] become [−H/2, H/2], and values beyond it are clipped to it.
 */
import type { GridRequest, GridResult } from '../../../worker/protocol';

export const BOX_HEIGHT = 0.85;

export interface SceneMap {
  /** Half-widths of the box in x and y. */
  hx: number;
  hy: number;
  wx(x: number): number;
  wy(y: number): number;
  /** Height in the scene, clipped to the box; NaN stays NaN. */
  wz(v: number): number;
  /** Height in the scene, allowed up to one box height beyond it (for local models such as the tangent plane). */
  wzLoose(v: number): number;
}

export function sceneMap(req: GridRequest, res: GridResult): SceneMap {
  const { xmin, xmax, ymin, ymax } = req;
  const { zLow, zHigh } = res;
  const ratio = Math.max(0.35, Math.min(1 / 0.35, (ymax - ymin) / (xmax - xmin)));
  const hx = ratio > 1 ? 1 / ratio : 1;
  const hy = ratio > 1 ? 1 : ratio;
  const sx = (2 * hx) / (xmax - xmin);
  const sy = (2 * hy) / (ymax - ymin);
  const sz = BOX_HEIGHT / (zHigh - zLow);
  return {
    hx,
    hy,
    wx: (x) => (x - xmin) * sx - hx,
    wy: (y) => (y - ymin) * sy - hy,
    wz: (v) => (Math.min(zHigh, Math.max(zLow, v)) - zLow) * sz - BOX_HEIGHT / 2,
    wzLoose: (v) => Math.max(-1.5 * BOX_HEIGHT, Math.min(1.5 * BOX_HEIGHT, (v - zLow) * sz - BOX_HEIGHT / 2)),
  };
}

/** Clamps a scene coordinate to the box half-width h widened by a margin, so a run that flies off stays in view. */
export const clampBox = (w: number, h: number): number => {
  const limit = h + 0.15;
  return w > limit ? limit : w < -limit ? -limit : w;
};
