import { cssHex, rootStyle, useThemeColors } from '../../../ui/webgl/themeColors';

/** Scene colours, read from the page's CSS variables so that the scene follows the light/dark theme. */
export interface SceneColors {
  background: string;
  grid: string;
  gridFaint: string;
  i: string;
  j: string;
  k: string;
  positive: string;
  negative: string;
  v: string;
  av: string;
  eigen: string;
  shape: string;
  points: string;
  projected: string;
  subspace: string;
}

const VARS: Record<keyof SceneColors, string> = {
  background: '--la-bg',
  grid: '--la-grid',
  gridFaint: '--la-grid-faint',
  i: '--la-i',
  j: '--la-j',
  k: '--la-k',
  positive: '--la-positive',
  negative: '--la-negative',
  v: '--la-v',
  av: '--la-av',
  eigen: '--la-eigen',
  shape: '--la-shape',
  points: '--la-points',
  projected: '--la-projected',
  subspace: '--la-subspace',
};

/** Light-theme values, used where CSS is not available (tests) or a variable is missing. */
export const FALLBACK_COLORS: SceneColors = {
  background: '#ffffff',
  grid: '#2b59c3',
  gridFaint: '#c9cedb',
  i: '#d62f2f',
  j: '#1f9d55',
  k: '#2b59c3',
  positive: '#2b59c3',
  negative: '#e07b24',
  v: '#6b7280',
  av: '#8e44ad',
  eigen: '#b8860b',
  shape: '#0f8b8d',
  points: '#2b59c3',
  projected: '#e07b24',
  subspace: '#8e44ad',
};

function read(): SceneColors {
  const style = rootStyle();
  if (!style) return FALLBACK_COLORS;
  const out = { ...FALLBACK_COLORS };
  for (const key of Object.keys(VARS) as (keyof SceneColors)[]) out[key] = cssHex(style, VARS[key], out[key]);
  return out;
}

/** The current scene colours; re-read when the theme attribute or the system colour scheme changes. */
export const useSceneColors = (): SceneColors => useThemeColors(read);
