import type { ScaleLogarithmic } from 'd3';

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10^e as people write it: 1, 10, 100 for small e, 10⁻³ or 10⁵ otherwise. */
export function powerLabel(e: number): string {
  if (e >= 0 && e <= 2) return String(10 ** e);
  return '10' + [...String(e)].map((c) => SUPERSCRIPT[c]).join('');
}

/**
 * The text of a log axis tick as people write it, for ChartFrame's `yTickFormat` function: a decade as 10ⁿ
 * (powerLabel), another tick d3 labels (2, 3, 5 … times a decade on an axis shorter than a few decades) as
 * the plain number from 0.001 to 9000 and as m·10ⁿ beyond, and '' where d3 leaves the tick unlabelled. The
 * d3-format '.0e' it replaces wrote 1e+0, 1e-1, 1e-2.
 */
export function logTickText(value: number, d3Text: string): string {
  if (d3Text === '' || !(value > 0)) return '';
  const e = Math.floor(Math.log10(value) + 1e-9);
  const m = Number((value / 10 ** e).toPrecision(2));
  if (m === 1) return powerLabel(e);
  if (m === 10) return powerLabel(e + 1);
  return e >= -3 && e <= 3 ? String(Number(value.toPrecision(2))) : `${m}·${powerLabel(e)}`;
}

/**
 * Labels a log axis at powers of ten only (minor ticks unlabelled). D3's default SI labels would print
 * 0.001 as "1m", which reads as a length or "million" in a statistics chart. The axis reads the scale's
 * own tickFormat, so it is replaced on this scale instance.
 */
export function withPowerTicks(s: ScaleLogarithmic<number, number>): ScaleLogarithmic<number, number> {
  s.tickFormat = () => (d) => {
    const v = Number(d);
    const e = Math.round(Math.log10(v));
    return Math.abs(v / 10 ** e - 1) < 1e-9 ? powerLabel(e) : '';
  };
  return s;
}
