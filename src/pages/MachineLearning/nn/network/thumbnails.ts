/**
 * Paints every node's thumbnail (its output over the plot's square, or along x in 1-D) into one canvas under
 * the diagram's SVG, in the big picture's colours: the inputs from their formulas, the units from the
 * snapshot's lattice. Straight to the canvas, never through React state.
 */
import { mapNnFeatures, type NnFeature } from '../../../../core';
import { diverging, readPalette } from '../../shared/colors';
import { paintLattice, valueScale } from '../../shared/heatmap';
import type { DiagramLayout } from './layout';
import type { Snapshot } from './model';

export const THUMBS_2D = 16;
export const THUMBS_1D = 48;

const axis = (count: number, extent: number) =>
  Float64Array.from({ length: count }, (_, i) => -extent + (2 * extent * (i + 0.5)) / count);

/** Each input feature on the same lattice as the units' thumbnails: values[f][cell]. */
export function inputLattices(features: readonly NnFeature[], oneD: boolean, extent: number): Float64Array[] {
  const t = oneD ? THUMBS_1D : THUMBS_2D;
  const rows = oneD ? 1 : t;
  const xs = axis(t, extent);
  const ys = oneD ? [0] : axis(t, extent);
  const pts = new Float64Array(2 * t * rows);
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < t; i++) {
      pts[2 * (j * t + i)] = xs[i];
      pts[2 * (j * t + i) + 1] = ys[j];
    }
  const m = mapNnFeatures(pts, t * rows, features);
  const F = features.length;
  return features.map((_, f) => Float64Array.from({ length: t * rows }, (_, c) => m[c * F + f]));
}

/**
 * Copies a `t × rows` RGBA tile into slot `k` of an atlas whose slots are `(t + 2) × (rows + 2)`: the tile
 * inside a one-pixel border that repeats its edge, so smoothing when the tile is scaled up never blends in
 * the next slot's pixels.
 */
function blit(
  atlas: Uint8ClampedArray,
  atlasWidth: number,
  k: number,
  tile: Uint8ClampedArray,
  t: number,
  rows: number,
) {
  const x0 = k * (t + 2);
  for (let r = -1; r <= rows; r++) {
    const sr = Math.max(0, Math.min(rows - 1, r));
    for (let c = -1; c <= t; c++) {
      const sc = Math.max(0, Math.min(t - 1, c));
      const from = 4 * (sr * t + sc);
      const to = 4 * ((r + 1) * atlasWidth + x0 + c + 1);
      atlas[to] = tile[from];
      atlas[to + 1] = tile[from + 1];
      atlas[to + 2] = tile[from + 2];
      atlas[to + 3] = tile[from + 3];
    }
  }
}

const atlases = new WeakMap<HTMLCanvasElement, HTMLCanvasElement>();

export function paintThumbnails(
  canvas: HTMLCanvasElement,
  layout: DiagramLayout,
  inputs: Float64Array[],
  snapshot: Snapshot | null,
  oneD: boolean,
): void {
  const ratio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  // Resizing a canvas reallocates it: only when the layout changed (clearRect below blanks it anyway).
  const w = Math.round(layout.width * ratio);
  const h = Math.round(layout.height * ratio);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, layout.width, layout.height);
  const palette = readPalette();
  const t = oneD ? THUMBS_1D : THUMBS_2D;
  const rows = oneD ? 1 : t;
  const cells = t * rows;
  const n = layout.node;

  // Every node's values and where it goes: the inputs from their formulas, then the units in order.
  const nodes: { values: ArrayLike<number>; x: number; y: number }[] = [];
  layout.columns[0]?.ys.forEach((y, f) => {
    if (inputs[f]) nodes.push({ values: inputs[f], x: layout.columns[0].x, y });
  });
  if (snapshot) {
    let u = 0;
    for (let c = 1; c < layout.columns.length; c++)
      for (const y of layout.columns[c].ys) {
        const start = u * cells;
        if (start + cells <= snapshot.units.length)
          nodes.push({ values: snapshot.units.subarray(start, start + cells), x: layout.columns[c].x, y });
        u++;
      }
  }
  if (nodes.length === 0) return;

  // All tiles go up in one atlas and one putImageData: a putImageData per tile made the GPU canvas upload
  // fifty times per picture (20 ms of the first picture's task, measured).
  const atlas = atlases.get(canvas) ?? document.createElement('canvas');
  atlases.set(canvas, atlas);
  const aw = nodes.length * (t + 2);
  if (atlas.width !== aw) atlas.width = aw;
  if (atlas.height !== rows + 2) atlas.height = rows + 2;
  const actx = atlas.getContext('2d');
  if (!actx) return;
  const img = actx.createImageData(aw, rows + 2);
  const tile = new Uint8ClampedArray(4 * cells);
  const scales = nodes.map(({ values }, k) => {
    const scale = valueScale(values);
    if (oneD) {
      for (let i = 0; i < t; i++) {
        const c = diverging(palette, values[i] / scale);
        tile.set([c[0], c[1], c[2], 255], 4 * i);
      }
    } else paintLattice(tile, values, t, { kind: 'value', scale }, palette);
    blit(img.data, aw, k, tile, t, rows);
    return scale;
  });
  actx.putImageData(img, 0, 0);
  nodes.forEach(({ values, x, y }, k) => {
    ctx.drawImage(atlas, k * (t + 2) + 1, 1, t, rows, x - n / 2, y - n / 2, n, n);
    if (!oneD) return;
    // In 1-D the unit's curve over x, drawn on its colour strip.
    ctx.beginPath();
    for (let i = 0; i < t; i++) {
      const px = x - n / 2 + ((i + 0.5) / t) * n;
      const py = y - (0.42 * n * values[i]) / scales[k];
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
    ctx.strokeStyle = palette.text;
    ctx.lineWidth = 1;
    ctx.stroke();
  });
}
