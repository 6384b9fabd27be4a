import { backgroundOf } from './download';

/**
 * A page's own high-resolution render: given the scale (2 for "2x"), it returns an image drawn at that
 * scale (e.g. three.js: set the renderer's pixel ratio, render once into a canvas) or a finished PNG blob.
 */
export type RenderAt = (scale: number) => Promise<CanvasImageSource | Blob> | CanvasImageSource | Blob;

/**
 * A PNG of `canvas` at `scale` times its CSS size, on an opaque background.
 *
 * Without `renderAt` the current pixels are resampled (drawImage with smoothing), which is sharp only up to
 * the canvas's own backing resolution (devicePixelRatio). A true 2x picture needs the page's renderer to
 * draw again at that resolution: pass `renderAt`. A WebGL canvas can be read only if it was created with
 * `preserveDrawingBuffer: true` (r3f: `<Canvas gl={{ preserveDrawingBuffer: true }}>`); otherwise it reads
 * back blank between frames.
 */
export async function canvasToPng(
  canvas: HTMLCanvasElement,
  options: { scale?: number; renderAt?: RenderAt; background?: string } = {},
): Promise<Blob> {
  const scale = options.scale ?? 2;
  const box = canvas.getBoundingClientRect();
  const width = Math.max(1, Math.round((box.width || canvas.width) * scale));
  const height = Math.max(1, Math.round((box.height || canvas.height) * scale));
  let source: CanvasImageSource = canvas;
  if (options.renderAt) {
    const rendered = await options.renderAt(scale);
    if (rendered instanceof Blob) return rendered;
    source = rendered;
  }
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.fillStyle = options.background ?? backgroundOf(canvas);
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The picture could not be encoded as PNG.'))),
      'image/png',
    ),
  );
}
