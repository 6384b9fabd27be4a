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

export function paintThumbnails(
  canvas: HTMLCanvasElement,
  layout: DiagramLayout,
  inputs: Float64Array[],
  snapshot: Snapshot | null,
  oneD: boolean,
): void {
  const ratio = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  canvas.width = Math.round(layout.width * ratio);
  canvas.height = Math.round(layout.height * ratio);
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
  const tile = document.createElement('canvas');
  tile.width = t;
  tile.height = rows;
  const tctx = tile.getContext('2d');
  if (!tctx) return;
  const img = tctx.createImageData(t, rows);
  const line = getComputedStyle(canvas).getPropertyValue('--text').trim() || '#222';
  const n = layout.node;
  const draw = (values: ArrayLike<number>, x: number, y: number) => {
    const scale = valueScale(values);
    if (oneD) {
      for (let i = 0; i < t; i++) {
        const c = diverging(palette, values[i] / scale);
        img.data.set([c[0], c[1], c[2], 255], 4 * i);
      }
    } else paintLattice(img.data, values, t, { kind: 'value', scale }, palette);
    tctx.putImageData(img, 0, 0);
    ctx.drawImage(tile, x - n / 2, y - n / 2, n, n);
    if (oneD) {
      // In 1-D the unit's curve over x, drawn on its colour strip.
      ctx.beginPath();
      for (let i = 0; i < t; i++) {
        const px = x - n / 2 + ((i + 0.5) / t) * n;
        const py = y - (0.42 * n * values[i]) / scale;
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.strokeStyle = line;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  };
  layout.columns[0]?.ys.forEach((y, f) => inputs[f] && draw(inputs[f], layout.columns[0].x, y));
  if (!snapshot) return;
  let u = 0;
  for (let c = 1; c < layout.columns.length; c++) {
    for (const y of layout.columns[c].ys) {
      const start = u * cells;
      if (start + cells <= snapshot.units.length)
        draw(snapshot.units.subarray(start, start + cells), layout.columns[c].x, y);
      u++;
    }
  }
}
