/**
 * Colours of the PCA and clustering tab: ten cluster / class hues (Okabe–Ito first, then two more), read
 * from CSS variables so that dark mode and the projector palettes apply; marker shapes differ too.
 */
import { rgb } from 'd3';
import { themeCached } from '../../../ui/themeCache';

export const CLUSTER_VARS = Array.from({ length: 10 }, (_, k) => `--pca-c${k}`);
const FALLBACKS = [
  '#e69f00',
  '#0072b2',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#b8a100',
  '#555555',
  '#8c564b',
  '#7b68ee',
];

export type Rgb = [number, number, number];

/**
 * The ten colours as RGB, read once per theme: a computed-style read right after React changed the page forces
 * a style recalculation, and the cluster plot paints every animation frame of a Run.
 */
export const readClusterColors = themeCached(readClusterColorsNow);

function readClusterColorsNow(): Rgb[] {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  return CLUSTER_VARS.map((v, k) => {
    const c = rgb(style?.getPropertyValue(v).trim() || FALLBACKS[k]);
    return Number.isFinite(c.r) ? ([c.r, c.g, c.b] as Rgb) : ([128, 128, 128] as Rgb);
  });
}

export const clusterColor = (k: number): string => `var(${CLUSTER_VARS[k % CLUSTER_VARS.length]})`;

/** The background and text colours of the page, for canvas pictures (read once per theme). */
export const readSurface = themeCached(readSurfaceNow);

function readSurfaceNow(): { panel: Rgb; text: Rgb; positive: Rgb; negative: Rgb } {
  const style = typeof document === 'undefined' ? null : getComputedStyle(document.documentElement);
  const get = (name: string, fallback: string): Rgb => {
    const c = rgb(style?.getPropertyValue(name).trim() || fallback);
    return Number.isFinite(c.r) ? [c.r, c.g, c.b] : [128, 128, 128];
  };
  return {
    panel: get('--panel', '#ffffff'),
    text: get('--text', '#111111'),
    positive: get('--oi-blue', '#0072b2'),
    negative: get('--oi-orange', '#e69f00'),
  };
}
