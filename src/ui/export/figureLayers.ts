import { backgroundOf } from './download';
import { serializeSvg } from './svgExport';

/**
 * A figure as layers (its canvases and outermost SVGs), painted into one 2D canvas: what a recorded video's
 * frames and a printed scene's picture are made of.
 */

/** One picture of a figure: a canvas copied as it is, or an SVG drawn from its serialized copy. */
export interface Layer {
  el: HTMLCanvasElement | SVGSVGElement;
  x: number;
  y: number;
  w: number;
  h: number;
  image: HTMLImageElement | null;
  dirty: boolean;
  loading: boolean;
  observer: MutationObserver | null;
}

/**
 * The element that holds a chart and its overlays: the chart's ancestors are climbed while they are hardly
 * larger than it (an absolutely placed live layer, like the contour race's path, sits in such a parent).
 */
export function figureRoot(el: Element): Element {
  const box = el.getBoundingClientRect();
  const area = Math.max(1, box.width * box.height);
  let root: Element = el;
  for (let p = el.parentElement; p && p.tagName !== 'MAIN' && p !== document.body; p = p.parentElement) {
    const b = p.getBoundingClientRect();
    if (b.width * b.height > area * 1.08) break;
    root = p;
  }
  return root;
}

/** The canvases and outermost SVGs of a figure that are on screen, in paint (document) order. */
export function layersOf(root: Element): Layer[] {
  const rootBox = root.getBoundingClientRect();
  const found: (HTMLCanvasElement | SVGSVGElement)[] = [];
  if (root instanceof HTMLCanvasElement || root instanceof SVGSVGElement) found.push(root);
  else
    root.querySelectorAll('canvas, svg').forEach((el) => {
      if (el instanceof SVGSVGElement && el.parentElement?.closest('svg')) return;
      if (el instanceof HTMLCanvasElement || el instanceof SVGSVGElement) found.push(el);
    });
  return found.flatMap((el) => {
    const b = el.getBoundingClientRect();
    if (b.width < 1 || b.height < 1 || getComputedStyle(el).visibility === 'hidden') return [];
    return [
      {
        el,
        x: b.left - rootBox.left,
        y: b.top - rootBox.top,
        w: b.width,
        h: b.height,
        image: null,
        dirty: true,
        loading: false,
        observer: null,
      },
    ];
  });
}

/** Draws an SVG into an image (its computed styles inlined, no background: the figure paints its own). */
export function loadSvg(layer: Layer, onLoaded: () => void): void {
  layer.dirty = false;
  layer.loading = true;
  const text = serializeSvg(layer.el as SVGSVGElement, { background: null });
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  const img = new Image();
  img.onload = () => {
    URL.revokeObjectURL(url);
    layer.image = img;
    layer.loading = false;
    onLoaded();
  };
  img.onerror = () => {
    URL.revokeObjectURL(url);
    layer.loading = false;
    onLoaded();
  };
  img.src = url;
}

/** Paints the layers on an opaque `background`, scaled by `sx`×`sy` (device pixels per CSS pixel). */
export function paintLayers(
  ctx: CanvasRenderingContext2D,
  layers: Layer[],
  background: string,
  sx: number,
  sy: number,
): void {
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  for (const l of layers) {
    const source = l.el instanceof HTMLCanvasElement ? l.el : l.image;
    if (!source) continue;
    try {
      ctx.drawImage(source, l.x * sx, l.y * sy, l.w * sx, l.h * sy);
    } catch {
      /* a canvas that lost its context draws nothing */
    }
  }
}

/** A run of HTML text in a figure (a legend, a caption, a message), placed as the page shows it. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  h: number;
  font: string;
  color: string;
}

const SKIP_TEXT =
  'button, select, option, input, textarea, svg, canvas, [aria-hidden="true"], .visually-hidden, .katex-mathml';

/**
 * The HTML text of a figure (outside its SVGs and canvases, which are layers), word by word, relative to the
 * figure's top-left corner: a legend or a message drawn in HTML beside a chart would otherwise be missing
 * from its picture. Text in controls is left out (a picture has no buttons).
 */
export function textRunsOf(root: Element): TextRun[] {
  const rootBox = root.getBoundingClientRect();
  const runs: TextRun[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const el = node.parentElement;
    if (!el || !text.trim() || el.closest(SKIP_TEXT)) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const place = (t: string, r: DOMRect) => {
      if (r.width < 2 || r.height < 2 || !t.trim()) return;
      runs.push({
        text: t,
        x: r.left - rootBox.left,
        y: r.top - rootBox.top,
        h: r.height,
        font,
        color: style.color,
      });
    };
    // Word by word, each at its own place: a text wrapped over lines, or split between elements, stays right.
    const re = /\S+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      place(m[0], range.getBoundingClientRect());
    }
  }
  range.detach();
  return runs;
}

/** Draws text runs (see {@link textRunsOf}) scaled by `sx`×`sy`. */
export function paintText(ctx: CanvasRenderingContext2D, runs: TextRun[], sx: number, sy: number): void {
  ctx.save();
  ctx.scale(sx, sy);
  ctx.textBaseline = 'middle';
  for (const r of runs) {
    ctx.font = r.font;
    ctx.fillStyle = r.color;
    ctx.fillText(r.text, r.x, r.y + r.h / 2);
  }
  ctx.restore();
}

/**
 * One still picture of a figure (see {@link layersOf}) as a PNG blob, at `scale` device pixels per CSS pixel
 * (SVG layers are drawn sharp at any scale). Null when the figure is not on screen or cannot be painted.
 */
export async function snapshotFigure(figure: Element, scale = 2): Promise<Blob | null> {
  const box = figure.getBoundingClientRect();
  const layers = layersOf(figure);
  if (layers.length === 0 || box.width < 1 || box.height < 1) return null;
  await Promise.all(
    layers
      .filter((l) => l.el instanceof SVGSVGElement)
      .map((l) => new Promise<void>((done) => loadSvg(l, done))),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width * scale));
  canvas.height = Math.max(1, Math.round(box.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const sx = canvas.width / box.width;
  const sy = canvas.height / box.height;
  paintLayers(ctx, layers, backgroundOf(figure), sx, sy);
  paintText(ctx, textRunsOf(figure), sx, sy);
  return new Promise((done) => canvas.toBlob((b) => done(b), 'image/png'));
}
