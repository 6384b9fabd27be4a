/**
 * Samples as pixels: each point adds to a per-pixel count and the canvas shows 1 − (1 − a)^count of the
 * sample colour, i.e. what stacked translucent dots would show, without the canvas having to rasterise
 * thousands of antialiased shapes (one putImageData per frame instead).
 */

const ALPHA = 0.5;
const LEVELS = 16;
/** Opacity (0–255) after c dots on a pixel, for c < LEVELS (more stays at the last level). */
const OPACITY = Array.from({ length: LEVELS }, (_, c) => Math.round(255 * (1 - (1 - ALPHA) ** c)));

export class PointRaster {
  private counts = new Uint16Array(0);
  private image: ImageData | null = null;
  private pixels = new Uint32Array(0);
  private width = 0;
  private height = 0;
  private dot = 2;
  private rgb = 0;
  private dirty = false;

  constructor(private readonly canvas: HTMLCanvasElement) {}

  /** Sizes the canvas for a plot of cssW × cssH CSS pixels at the given device pixel ratio; clears it. */
  resize(cssW: number, cssH: number, dpr: number): void {
    const w = Math.max(1, Math.round(cssW * dpr));
    const h = Math.max(1, Math.round(cssH * dpr));
    const c = this.canvas;
    if (c.width !== w || c.height !== h) {
      c.width = w;
      c.height = h;
    }
    c.style.width = `${cssW}px`;
    c.style.height = `${cssH}px`;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    this.width = w;
    this.height = h;
    this.dot = Math.max(2, Math.round(2.5 * dpr));
    this.counts = new Uint16Array(w * h);
    this.image = ctx.createImageData(w, h);
    this.pixels = new Uint32Array(this.image.data.buffer);
    this.dirty = true;
  }

  /** The sample colour as CSS `rgb(r, g, b)`; already drawn samples take it too. */
  setColor(css: string): void {
    const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(css);
    const rgb = m ? (Number(m[3]) << 16) | (Number(m[2]) << 8) | Number(m[1]) : 0;
    if (rgb === this.rgb) return;
    this.rgb = rgb;
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] > 0) this.shade(i);
    this.dirty = true;
  }

  clear(): void {
    this.counts.fill(0);
    this.pixels.fill(0);
    this.dirty = true;
  }

  /** Adds a dot centred at device pixel (px, py). */
  plot(px: number, py: number): void {
    const d = this.dot;
    const x0 = Math.round(px - d / 2);
    const y0 = Math.round(py - d / 2);
    for (let y = Math.max(0, y0); y < Math.min(this.height, y0 + d); y++)
      for (let x = Math.max(0, x0); x < Math.min(this.width, x0 + d); x++) {
        const i = y * this.width + x;
        if (this.counts[i] < 65535) this.counts[i]++;
        this.shade(i);
      }
    this.dirty = true;
  }

  /** Puts the pixels on the canvas if anything changed since the last flush. */
  flush(): void {
    if (!this.dirty || !this.image) return;
    this.canvas.getContext('2d')?.putImageData(this.image, 0, 0);
    this.dirty = false;
  }

  private shade(i: number): void {
    // ImageData is RGBA in memory: as a little-endian Uint32 that is A·2²⁴ + B·2¹⁶ + G·2⁸ + R.
    this.pixels[i] = ((OPACITY[Math.min(this.counts[i], LEVELS - 1)] << 24) | this.rgb) >>> 0;
  }
}
