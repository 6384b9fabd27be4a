/**
 * The convolution section's input images: the handwritten digits of the digits set (8 × 8, pixel values 0–16,
 * loaded with ../digits), generated 16 × 16 test images and the student's painted 16 × 16 grid (values 0 … 1).
 */

export const PAINT_SIZE = 16;

/** A 16 × 16 checkerboard of 4 × 4 squares. */
export function checkerboard(): number[][] {
  return grid16((i, j) => ((Math.floor(i / 4) + Math.floor(j / 4)) % 2 === 0 ? 1 : 0));
}

/** Left half a horizontal ramp 0 → 1, right half a vertical ramp: edges of both orientations, softly. */
export function gradients(): number[][] {
  return grid16((i, j) => (j < 8 ? Math.round((j / 7) * 8) / 8 : Math.round((i / 15) * 8) / 8));
}

/** A ring of radius about 6 around a disk of radius 2, centred in the grid. */
export function circles(): number[][] {
  return grid16((i, j) => {
    const r = Math.hypot(i - 7.5, j - 7.5);
    return r < 2.2 || Math.abs(r - 6) < 1.1 ? 1 : 0;
  });
}

function grid16(f: (i: number, j: number) => number): number[][] {
  return Array.from({ length: PAINT_SIZE }, (_, i) => Array.from({ length: PAINT_SIZE }, (_, j) => f(i, j)));
}

/** The painted grid's cells (row-major, 256 of them), each 0 or 1. */
export type Painted = number[];

/** A plus sign: a vertical and a horizontal bar, edges of both kinds. */
export const DEFAULT_PAINT: Painted = Array.from({ length: PAINT_SIZE * PAINT_SIZE }, (_, k) => {
  const [i, j] = [Math.floor(k / PAINT_SIZE), k % PAINT_SIZE];
  const vertical = j >= 7 && j <= 8 && i >= 3 && i <= 12;
  const horizontal = i >= 7 && i <= 8 && j >= 3 && j <= 12;
  return vertical || horizontal ? 1 : 0;
});

/** 256 cells as 64 hex digits (4 cells each, first cell the highest bit). */
export function encodePaint(cells: Painted): string {
  let s = '';
  for (let k = 0; k < cells.length; k += 4) {
    const v = (cells[k] << 3) | (cells[k + 1] << 2) | (cells[k + 2] << 1) | cells[k + 3];
    s += v.toString(16);
  }
  return s;
}

/** 64 hex digits back to 256 cells, or null. */
export function decodePaint(text: string): Painted | null {
  if (!/^[0-9a-f]{64}$/i.test(text)) return null;
  const cells: Painted = [];
  for (const ch of text) {
    const v = parseInt(ch, 16);
    cells.push((v >> 3) & 1, (v >> 2) & 1, (v >> 1) & 1, v & 1);
  }
  return cells;
}

export const paintImage = (cells: Painted): number[][] =>
  Array.from({ length: PAINT_SIZE }, (_, i) => cells.slice(i * PAINT_SIZE, (i + 1) * PAINT_SIZE));
