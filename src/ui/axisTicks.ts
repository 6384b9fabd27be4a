import type { ScaleContinuousNumeric } from 'd3';

/** The smallest tick step d3 can lay out: it scales by 10^−⌊log10 step⌋, which overflows past 1e308. */
const MIN_TICK_STEP = 1e-300;

/**
 * Whether d3 can put `count` ticks on the scale's domain [a, b]: both ends finite, and a step |b − a| / count
 * of at least 1e-300 (or a single point, a = b). d3 chooses the step as 10^⌊log10(|b − a| / count)⌋ times
 * 1, 2 or 5 and counts ticks as round(a · 10^−power)…; for a step below about 1e-308 that factor is Infinity
 * and `ticks()` throws "Invalid array length" — σ = 1e-320 typed on the Distributions tab took the page
 * down. Such a domain is drawn without ticks.
 */
export function canTick(scale: ScaleContinuousNumeric<number, number>, count: number): boolean {
  const domain = scale.domain();
  const a = domain[0];
  const b = domain[domain.length - 1];
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const span = Math.abs(b - a);
  return span === 0 || span / count >= MIN_TICK_STEP;
}
