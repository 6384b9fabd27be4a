/** Text alternatives of the Bayes tab's pictures: the prior/posterior chart and the screening area diagram. */
import type { BetaSummary, ScreeningResult } from '../../../core';
import type { ChartText } from '../../../ui/ChartText';
import { formatCount } from '../../../ui/formatCount';
import { num, pct } from '../shared/chartText';

const beta = (s: BetaSummary) => `Beta(${num(s.alpha)}, ${num(s.beta)})`;
const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** Prior and posterior side by side: shapes, mean, mode, spread and the 95 % credible interval. */
export function posteriorText(prior: BetaSummary, posterior: BetaSummary, trueP: number | null): ChartText {
  // The conjugate update adds the heads to α and the tails to β.
  const heads = Math.round(posterior.alpha - prior.alpha);
  const tails = Math.round(posterior.beta - prior.beta);
  const description =
    `Densities of p = P(heads): the prior ${beta(prior)} (dashed) and, after ${plural(heads, 'head')} and ` +
    `${plural(tails, 'tail')}, the posterior ${beta(posterior)} (solid). The posterior mean is ${num(posterior.mean)} ` +
    `(a vertical rule) and its 95 % credible interval, shaded, runs from ${num(posterior.lower)} to ${num(posterior.upper)}.` +
    (trueP !== null ? ` A second rule marks the true p = ${num(trueP)} used by Flip.` : '');
  const mode = (s: BetaSummary) => (Number.isNaN(s.mode) ? null : s.mode);
  const rows: [string, number | null, number | null][] = [
    ['α', prior.alpha, posterior.alpha],
    ['β', prior.beta, posterior.beta],
    ['mean', prior.mean, posterior.mean],
    ['mode', mode(prior), mode(posterior)],
    ['standard deviation', Math.sqrt(prior.variance), Math.sqrt(posterior.variance)],
    ['95 % interval from', prior.lower, posterior.lower],
    ['95 % interval to', prior.upper, posterior.upper],
  ];
  if (trueP !== null)
    rows.push(['density at the true p', prior.dist.density(trueP), posterior.dist.density(trueP)]);
  return {
    description,
    table: { caption: 'Prior and posterior Beta laws of p', columns: ['', 'prior', 'posterior'], rows },
  };
}

/** The screening test's population square: the four cells and P(disease | positive) from them. */
export function areaText(r: ScreeningResult, prevalence: number, per: number): ChartText {
  const sens = prevalence > 0 ? r.truePositive / prevalence : NaN;
  const fpr = prevalence < 1 ? r.falsePositive / (1 - prevalence) : NaN;
  const ppv =
    r.positive > 0
      ? `Of everyone who tests positive (${pct(r.positive)} of the population), ${pct(r.ppv)} have the disease: P(disease | positive) = TP / (TP + FP) = ${num(r.ppv)}.`
      : 'Nobody tests positive, so P(disease | positive) is undefined.';
  const description =
    `The population as a square split by disease (column widths ${pct(prevalence)} and ${pct(1 - prevalence)}) ` +
    `and by test result: ${Number.isFinite(sens) ? pct(sens) : 'none'} of the sick and ` +
    `${Number.isFinite(fpr) ? pct(fpr) : 'none'} of the healthy test positive (hatched). ${ppv}`;
  const count = (v: number) => formatCount(Math.round(v * per));
  const cells: [string, number][] = [
    ['TP: sick, test positive', r.truePositive],
    ['FN: sick, test negative', r.falseNegative],
    ['FP: healthy, test positive', r.falsePositive],
    ['TN: healthy, test negative', r.trueNegative],
    ['everyone who tests positive', r.positive],
  ];
  return {
    description,
    table: {
      caption: `The four cells of the population (out of ${formatCount(per)} people)`,
      columns: ['cell', 'share of the population', `of ${formatCount(per)} people`],
      rows: cells.map(([name, v]) => [name, v, count(v)]),
    },
  };
}
