/** Helpers for the e2e tests of the WebGL pages: frames, pixel readback, losing or blocking WebGL. */
import type { BrowserContext, Page } from 'playwright-core';

// A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
export const frames = (page: Page, n: number): Promise<void> =>
  page.evaluate(
    `new Promise((done) => { let k = 0; const step = () => (++k >= ${n} ? done() : requestAnimationFrame(step)); requestAnimationFrame(step); })`,
  );

/** The offline service worker precaches every built file after the first load; timing checks wait for it. */
export const serviceWorkerSettled = (page: Page): Promise<unknown> =>
  page.evaluate(
    `Promise.race([navigator.serviceWorker ? navigator.serviceWorker.ready : null, new Promise((r) => setTimeout(r, 10000))])`,
  );

/**
 * Waits until the picture asked for is on the canvas: one animation frame (for a render requested by the
 * last change), then until a software renderer's present pipeline (src/ui/webgl/presentWhenRasterised.ts)
 * has no frame on its way.
 */
export async function presented(page: Page, selector: string): Promise<void> {
  await frames(page, 2);
  await page.waitForFunction(
    (sel) => (document.querySelector(sel) as HTMLCanvasElement | null)?.dataset.present !== 'busy',
    selector,
    { timeout: 10_000 },
  );
}

/** Waits until the canvas matched by `selector` has drawn something at its centre (not the background). */
export async function canvasDrawn(page: Page, selector: string): Promise<void> {
  await page.waitForSelector(selector, { timeout: 20_000 });
  await page.waitForFunction(
    (sel) => {
      const c = document.querySelector(sel) as HTMLCanvasElement | null;
      if (!c || c.width === 0) return false;
      const off = document.createElement('canvas');
      off.width = c.width;
      off.height = c.height;
      const ctx = off.getContext('2d')!;
      ctx.drawImage(c, 0, 0);
      const d = ctx.getImageData(c.width >> 1, c.height >> 1, 1, 1).data;
      const corner = ctx.getImageData(0, 0, 1, 1).data;
      return d[0] !== corner[0] || d[1] !== corner[1] || d[2] !== corner[2];
    },
    selector,
    { timeout: 20_000 },
  );
}

/**
 * Reads the WebGL canvas matched by `selector` back through a 2D canvas, once the last requested frame
 * is on it (see {@link presented}). Returns the share of pixels
 * that differ from the corner (background) pixel, and how many pixels changed since the previous
 * call on this page.
 */
export async function pixels(page: Page, selector: string): Promise<{ drawn: number; changed: number }> {
  await presented(page, selector);
  return page.evaluate((sel) => {
    const c = document.querySelector(sel) as HTMLCanvasElement;
    const off = document.createElement('canvas');
    off.width = c.width;
    off.height = c.height;
    const ctx = off.getContext('2d')!;
    ctx.drawImage(c, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const w = window as unknown as { __prevPixels?: Uint8ClampedArray };
    const prev = w.__prevPixels;
    let drawn = 0;
    let changed = 0;
    for (let p = 0; p < data.length; p += 4) {
      if (data[p] !== data[0] || data[p + 1] !== data[1] || data[p + 2] !== data[2]) drawn++;
      if (prev && (prev[p] !== data[p] || prev[p + 1] !== data[p + 1] || prev[p + 2] !== data[p + 2]))
        changed++;
    }
    w.__prevPixels = data;
    return { drawn: drawn / (data.length / 4), changed };
  }, selector);
}

/** Loses the WebGL context of the canvas matched by `selector`, as a driver reset would. */
export async function loseContext(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const c = document.querySelector(sel) as HTMLCanvasElement;
    const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
  }, selector);
}

/** Makes every page of the context behave like a browser without WebGL (getContext('webgl…') is null). */
export async function withoutWebgl(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(kind)) return null;
      return (original as (...a: unknown[]) => unknown).call(this, kind, ...rest);
    } as typeof original;
  });
}
