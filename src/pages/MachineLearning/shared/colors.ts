/**
 * Colours of the Machine learning plots, read from the page's CSS variables so that dark mode and the
 * projector palettes apply: classes in Okabe–Ito hues, values on a diverging orange–background–blue scale.
 */
import { rgb } from 'd3';
import { themeCached } from '../../../ui/themeCache';

export type Rgb = [number, number, number];

function cssText(name: string, fallback: string): string {
  const text =
    typeof document === 'undefined'
      ? ''
      : getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return text || fallback;
}

function cssColor(name: string, fallback: string): Rgb {
  const c = rgb(cssText(name, fallback));
  return Number.isFinite(c.r) ? [c.r, c.g, c.b] : [128, 128, 128];
}

/** The colours the heat maps mix. */
export interface Palette {
  classes: Rgb[];
  negative: Rgb;
  positive: Rgb;
  background: Rgb;
  /** The text colour, as CSS (for lines drawn on a canvas). */
  text: string;
}

export const CLASS_VARS = ['--ml-class-0', '--ml-class-1', '--ml-class-2', '--ml-class-3', '--ml-class-4'];
const CLASS_FALLBACKS = ['#e69f00', '#0072b2', '#009e73', '#cc79a7', '#d55e00'];

/** The palette in force, read from CSS once per theme (see themeCache). */
export const readPalette: () => Palette = themeCached(() => ({
  classes: CLASS_VARS.map((v, i) => cssColor(v, CLASS_FALLBACKS[i])),
  negative: cssColor('--ml-class-0', CLASS_FALLBACKS[0]),
  positive: cssColor('--ml-class-1', CLASS_FALLBACKS[1]),
  background: cssColor('--panel', '#ffffff'),
  text: cssText('--text', '#222'),
}));

/** out ← a + (b − a)·t, in place: the heat maps colour tens of thousands of cells a second. */
function mixInto(out: Rgb, a: Rgb, b: Rgb, t: number): Rgb {
  out[0] = a[0] + (b[0] - a[0]) * t;
  out[1] = a[1] + (b[1] - a[1]) * t;
  out[2] = a[2] + (b[2] - a[2]) * t;
  return out;
}

/** t in [−1, 1] → negative hue … background … positive hue (faded so points stay readable on top). */
export function diverging(p: Palette, t: number, out: Rgb = [0, 0, 0]): Rgb {
  const s = Math.max(-1, Math.min(1, Number.isFinite(t) ? t : 0));
  return mixInto(out, p.background, s < 0 ? p.negative : p.positive, Math.abs(s) * 0.55);
}

/** A class colour faded towards the background by (1 − confidence). */
export function classTint(p: Palette, k: number, confidence: number, out: Rgb = [0, 0, 0]): Rgb {
  return mixInto(
    out,
    p.background,
    p.classes[k % p.classes.length],
    Math.max(0, Math.min(1, confidence)) * 0.55,
  );
}

/** The CSS colour of class k (for SVG fills). */
export const classColor = (k: number): string => `var(${CLASS_VARS[k % CLASS_VARS.length]})`;
