/**
 * What the 3-D output view draws, without three.js: the lattice as heights in [−1, 1] with colours, and the
 * points at the height of their label. Heights: a sigmoid output's P(class 1) (0 → −1, 1 → +1); the winning
 * probability of K classes; a regression value relative to the data's mean, over the largest deviation.
 */
import type { Palette } from '../../shared/colors';
import { latticeColor, type PictureKind } from '../../shared/heatmap';

/**
 * An sRGB channel (0–255) as the linear value three.js expects of vertex colours, so that the surface shows the
 * heat map's colours rather than paler ones.
 */
export function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Height in [−1, 1] of one cell of the lattice (the same reading as the heat map's colour). */
export function cellHeight(values: ArrayLike<number>, cell: number, kind: PictureKind): number {
  let h: number;
  if (kind.kind === 'value') h = (values[cell] - (kind.offset ?? 0)) / kind.scale;
  else if (kind.outputs === 1) h = 2 * values[cell] - 1;
  else {
    let best = 0;
    for (let k = 1; k < kind.outputs; k++) best = Math.max(best, values[cell * kind.outputs + k]);
    h = 2 * Math.max(best, values[cell * kind.outputs]) - 1;
  }
  return Number.isFinite(h) ? Math.max(-1, Math.min(1, h)) : 0;
}

/**
 * Writes the lattice into `positions` (x, y, z per vertex, the square [−1, 1]²) and `colors` (0–1 RGB).
 * Row j of the lattice is x₂ = y_j from the bottom, column i is x₁ = x_i from the left.
 */
export function fillSurface(
  positions: Float32Array,
  colors: Float32Array,
  values: ArrayLike<number>,
  size: number,
  kind: PictureKind,
  palette: Palette,
): void {
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const cell = j * size + i;
      const o = 3 * cell;
      positions[o] = -1 + (2 * i) / (size - 1);
      positions[o + 1] = -1 + (2 * j) / (size - 1);
      positions[o + 2] = cellHeight(values, cell, kind);
      const c = latticeColor(values, cell, kind, palette);
      colors[o] = linear(c[0]);
      colors[o + 1] = linear(c[1]);
      colors[o + 2] = linear(c[2]);
    }
  }
}

/** Height of a data point: its class on a sigmoid output (−1 or +1), 1 for K classes, its y for regression. */
export function pointHeight(label: number, kind: PictureKind): number {
  if (kind.kind === 'value') {
    const h = (label - (kind.offset ?? 0)) / kind.scale;
    return Number.isFinite(h) ? Math.max(-1, Math.min(1, h)) : 0;
  }
  return kind.outputs === 1 ? 2 * label - 1 : 1;
}
