/**
 * Paints a model's outputs on a lattice into RGBA pixels: class probabilities (one sigmoid output or K
 * softmax outputs) as the winning class's tint by confidence, and real values on the diverging scale.
 * Row j of the lattice is x₂ = y_j from the bottom, so it is painted from the last pixel row up.
 */
import { classTint, diverging, type Palette, type Rgb } from './colors';

export type PictureKind =
  { kind: 'probability'; outputs: number } | { kind: 'value'; scale: number; offset?: number };

/**
 * The colour of one lattice cell: the winning class's tint by confidence, or a value on the diverging scale.
 * Written into `out` when given (no allocation per cell).
 */
export function latticeColor(
  values: ArrayLike<number>,
  cell: number,
  picture: PictureKind,
  palette: Palette,
  out: Rgb = [0, 0, 0],
): Rgb {
  if (picture.kind === 'value')
    return diverging(palette, (values[cell] - (picture.offset ?? 0)) / picture.scale, out);
  if (picture.outputs === 1) return diverging(palette, 2 * values[cell] - 1, out);
  const K = picture.outputs;
  let best = 0;
  for (let k = 1; k < K; k++) if (values[cell * K + k] > values[cell * K + best]) best = k;
  const confidence = (values[cell * K + best] - 1 / K) / (1 - 1 / K);
  return classTint(palette, best, confidence, out);
}

export function paintLattice(
  out: Uint8ClampedArray,
  values: ArrayLike<number>,
  size: number,
  picture: PictureKind,
  palette: Palette,
): void {
  const c: Rgb = [0, 0, 0];
  for (let j = 0; j < size; j++) {
    const row = size - 1 - j;
    for (let i = 0; i < size; i++) {
      latticeColor(values, j * size + i, picture, palette, c);
      const o = 4 * (row * size + i);
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = 255;
    }
  }
}

/** max |v − offset| over the values (at least a small floor, so a flat unit is not divided by 0). */
export function valueScale(values: ArrayLike<number>, offset = 0): number {
  let m = 1e-9;
  for (let i = 0; i < values.length; i++) {
    const v = Math.abs(values[i] - offset);
    if (Number.isFinite(v) && v > m) m = v;
  }
  return m;
}
