/**
 * The size, in layout pixels, of the layers laid over the canvas (labels, tip buttons). react-three-fiber's
 * `size` is the canvas's on-screen size: on stage (src/app/deck/stage.ts) the figure is scaled with a CSS
 * transform, so that size already contains the stage's scale, and a position computed from it would be scaled
 * once more (the labels and tip buttons drifted right and down, beyond the screen's edge at 1920 × 1080). The
 * canvas's own client size is its layout size, which the transform then scales once.
 */
export function overlaySize(
  canvas: HTMLCanvasElement,
  size: { width: number; height: number },
): { width: number; height: number } {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  return width > 0 && height > 0 ? { width, height } : size;
}
