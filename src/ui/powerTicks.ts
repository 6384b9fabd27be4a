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
