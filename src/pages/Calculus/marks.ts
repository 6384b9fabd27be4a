/**
 * How the optimizers are told apart without colour: each has a marker shape (on the contour paths,
 * the moving markers and the legends) and a dash pattern (its loss curve, its path on the surface).
 * Colour stays, but no reader has to rely on it.
 */
import type { OptimizerName } from '../../core';

export type MarkShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'down' | 'star' | 'plus';

export const OPTIMIZER_SHAPE: Record<OptimizerName, MarkShape> = {
  gd: 'circle',
  momentum: 'square',
  nesterov: 'triangle',
  adagrad: 'diamond',
  rmsprop: 'down',
  adam: 'star',
  newton: 'plus',
};

/** SVG stroke-dasharray of each loss curve, in pixels ('none': solid). */
export const OPTIMIZER_DASH: Record<OptimizerName, string> = {
  gd: 'none',
  momentum: '10 4',
  nesterov: '2 3',
  adagrad: '10 3 2 3',
  rmsprop: '5 3',
  adam: '10 3 2 3 2 3',
  newton: '16 3 4 3',
};

/**
 * Dash and gap of each path on the 3D surface, in scene units (the box is 2 wide, so 0.01 is a few
 * pixels). three.js dashes have a single dash and gap, so these differ in rhythm rather than pattern.
 */
export const OPTIMIZER_DASH_3D: Record<OptimizerName, { dash: number; gap: number }> = {
  gd: { dash: 1, gap: 0 },
  momentum: { dash: 0.06, gap: 0.025 },
  nesterov: { dash: 0.01, gap: 0.02 },
  adagrad: { dash: 0.035, gap: 0.035 },
  rmsprop: { dash: 0.02, gap: 0.012 },
  adam: { dash: 0.1, gap: 0.02 },
  newton: { dash: 0.045, gap: 0.015 },
};

const n = (v: number) => String(Math.round(v * 10) / 10);

function polygon(points: [number, number][], cx: number, cy: number): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(cx + x)},${n(cy + y)}`).join('') + 'Z';
}

/** Vertices of a star with `k` points, outer radius r and inner radius q, the first point up. */
function star(k: number, r: number, q: number): [number, number][] {
  return Array.from({ length: 2 * k }, (_, i) => {
    const a = (Math.PI * i) / k - Math.PI / 2;
    const s = i % 2 ? q : r;
    return [s * Math.cos(a), s * Math.sin(a)];
  });
}

/**
 * SVG path data of a filled marker of "radius" r centred at (cx, cy), in absolute coordinates so
 * that many marks concatenate into one path element. Shapes are sized to look equally heavy.
 */
export function shapePath(shape: MarkShape, r: number, cx = 0, cy = 0): string {
  switch (shape) {
    case 'circle':
      return `M${n(cx - r)},${n(cy)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
    case 'square': {
      const s = 0.85 * r;
      return polygon(
        [
          [-s, -s],
          [s, -s],
          [s, s],
          [-s, s],
        ],
        cx,
        cy,
      );
    }
    case 'triangle':
      return polygon(
        [
          [0, -1.2 * r],
          [1.1 * r, 0.8 * r],
          [-1.1 * r, 0.8 * r],
        ],
        cx,
        cy,
      );
    case 'down':
      return polygon(
        [
          [0, 1.2 * r],
          [1.1 * r, -0.8 * r],
          [-1.1 * r, -0.8 * r],
        ],
        cx,
        cy,
      );
    case 'diamond':
      return polygon(
        [
          [0, -1.25 * r],
          [1.05 * r, 0],
          [0, 1.25 * r],
          [-1.05 * r, 0],
        ],
        cx,
        cy,
      );
    case 'star':
      return polygon(star(5, 1.35 * r, 0.6 * r), cx, cy);
    case 'plus': {
      const a = 1.15 * r;
      const w = 0.42 * r;
      return polygon(
        [
          [-w, -a],
          [w, -a],
          [w, -w],
          [a, -w],
          [a, w],
          [w, w],
          [w, a],
          [-w, a],
          [-w, w],
          [-a, w],
          [-a, -w],
          [-w, -w],
        ],
        cx,
        cy,
      );
    }
  }
}

/** An optimizer's marker as SVG path data (see shapePath). */
export const markPath = (name: OptimizerName, r: number, cx = 0, cy = 0): string =>
  shapePath(OPTIMIZER_SHAPE[name], r, cx, cy);
