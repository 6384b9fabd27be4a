/**
 * Two-finger gestures on a 3D view, as pure geometry: between two touch samples, the pinch scales the
 * view by the ratio of the finger distances (fingers apart: zoom in), and the midpoint's move pans it.
 * No DOM here, so the math is unit-tested on its own.
 */
export interface TouchPoint {
  x: number;
  y: number;
}

export interface TwoFingerStep {
  /** Zoom factor (> 1 zooms in): new distance / old distance, 1 when either distance is degenerate. */
  zoom: number;
  /** Midpoint move as a fraction of the view's width and height (right and down positive). */
  panX: number;
  panY: number;
}

/** Fingers closer than this many pixels give no usable ratio (a touch that lands on the same spot). */
const MIN_SPAN = 8;

/** The step from fingers at (a0, b0) to fingers at (a1, b1) on a view of width × height pixels. */
export function twoFingerStep(
  a0: TouchPoint,
  b0: TouchPoint,
  a1: TouchPoint,
  b1: TouchPoint,
  width: number,
  height: number,
): TwoFingerStep {
  const d0 = Math.hypot(b0.x - a0.x, b0.y - a0.y);
  const d1 = Math.hypot(b1.x - a1.x, b1.y - a1.y);
  const zoom = d0 >= MIN_SPAN && d1 >= MIN_SPAN ? d1 / d0 : 1;
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  return {
    zoom,
    panX: ((a1.x + b1.x) / 2 - (a0.x + b0.x) / 2) / w,
    panY: ((a1.y + b1.y) / 2 - (a0.y + b0.y) / 2) / h,
  };
}
