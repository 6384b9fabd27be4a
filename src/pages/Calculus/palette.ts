/**
 * Colours of the calculus page. Optimizer colours are CSS variables (calculus.css, one set per
 * theme) so that SVG follows the theme by itself; the 3D scene reads their hex values. Heights are
 * coloured through their rank among the grid's values (histogram equalisation), so a narrow valley
 * such as Rosenbrock's is as legible as the walls around it, in the contours and on the surface alike.
 */
import { interpolateViridis, color } from 'd3';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../core';
import { cssHex, rootStyle, useThemeColors } from '../../ui/webgl/themeColors';

export const optimizerVar = (name: OptimizerName): string => `var(--calc-${name})`;

const FALLBACK: Record<OptimizerName, string> = {
  gd: '#d62f2f',
  momentum: '#e07b24',
  nesterov: '#8e44ad',
  adagrad: '#1f9d55',
  rmsprop: '#0f8b8d',
  adam: '#2b59c3',
  newton: '#b8860b',
};

export interface SceneColors {
  optimizers: Record<OptimizerName, string>;
  background: string;
  frame: string;
  start: string;
  overlay: string;
  /** The constraint g = c and its Lagrange points. */
  constraint: string;
}

function read(): SceneColors {
  const style = rootStyle();
  const hex = (name: string, fallback: string) => cssHex(style, name, fallback);
  const optimizers = { ...FALLBACK };
  for (const n of OPTIMIZER_NAMES) optimizers[n] = hex(`--calc-${n}`, FALLBACK[n]);
  return {
    optimizers,
    background: hex('--calc-scene-bg', '#ffffff'),
    frame: hex('--calc-frame', '#8a90a6'),
    start: hex('--calc-start', '#15192b'),
    overlay: hex('--calc-overlay', '#e0457b'),
    constraint: hex('--calc-con', '#111111'),
  };
}

/** Scene colours, re-read when the theme attribute or the system colour scheme changes. */
export const useSceneColors = (): SceneColors => useThemeColors(read);

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));

/**
 * Viridis sampled at 256 points, so that a vertex colour is a table lookup. three.js treats vertex
 * colours as linear and encodes its output as sRGB, hence the conversion here.
 */
export const VIRIDIS_LINEAR: Float32Array = (() => {
  const lut = new Float32Array(256 * 3);
  for (let i = 0; i < 256; i++) {
    const c = color(interpolateViridis(i / 255))?.rgb();
    lut[3 * i] = toLinear((c?.r ?? 0) / 255);
    lut[3 * i + 1] = toLinear((c?.g ?? 0) / 255);
    lut[3 * i + 2] = toLinear((c?.b ?? 0) / 255);
  }
  return lut;
})();

/**
 * The rank of v among the grid's values, in [0, 1]: linear between the percentiles around it.
 * Non-finite values get NaN (not drawn).
 */
export function heightRank(v: number, percentiles: Float64Array): number {
  if (!Number.isFinite(v) || !Number.isFinite(percentiles[0])) return NaN;
  if (v <= percentiles[0]) return 0;
  if (v >= percentiles[100]) return 1;
  let lo = 0;
  let hi = 100;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (percentiles[mid] <= v) lo = mid;
    else hi = mid;
  }
  const span = percentiles[hi] - percentiles[lo];
  return (lo + (span > 0 ? (v - percentiles[lo]) / span : 0)) / 100;
}

/** CSS colour of a rank in [0, 1]. */
export const rankColor = (t: number): string => interpolateViridis(Math.max(0, Math.min(1, t)));
