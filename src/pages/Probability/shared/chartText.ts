/** Wording shared by the Probability charts' text alternatives (see src/ui/ChartText.tsx). */
import { DISTRIBUTIONS, type DistributionName } from '../../../core';
import { formatNumber } from '../../../ui/Readout';

/** A number in a sentence: 4 significant digits, words for the non-finite cases (never "NaN"). */
export function num(v: number): string {
  return formatNumber(v, 4);
}

/** A probability as a percentage in a sentence ("34.2 %"). */
export function pct(v: number): string {
  return Number.isFinite(v) ? `${Number((100 * v).toPrecision(3))} %` : formatNumber(v);
}

/** "Gamma(shape α = 2.5, rate β = 1.5)": a law named as the picker names it and its parameters. */
export function lawLabel(name: DistributionName, params: Record<string, number>): string {
  const info = DISTRIBUTIONS[name];
  const args = info.params.map((s) => `${lowerFirst(s.label)} = ${num(params[s.name] ?? NaN)}`);
  return `${info.label}(${args.join(', ')})`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * "the true mean is 1.667" as a clause; otherwise says why there is none, so that a law without a mean
 * (Cauchy) reads as such rather than as "undefined".
 */
export function trueClause(what: string, v: number): string {
  if (Number.isFinite(v)) return `the true ${what} is ${num(v)}`;
  if (Number.isNaN(v)) return `the law has no ${what}`;
  return `the true ${what} is infinite`;
}

/** Appended to a description while the chart still shows a run for settings that have since changed. */
export const STALE_NOTE = ' It still shows the previous run while the changed settings are simulated.';
