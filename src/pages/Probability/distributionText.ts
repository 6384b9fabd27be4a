/** Text alternatives of the Distributions tab's charts: the law's values at its quartiles and tails. */
import type { Distribution, SampleSnapshot } from '../../core';
import type { ChartText } from '../../ui/ChartText';
import { formatCount } from '../../ui/formatCount';
import { num, trueClause } from './shared/chartText';

/** Probability levels whose quantiles make the table's rows: both tails, the quartiles and the median. */
const LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95];
const levelText = (p: number) => `${Math.round(100 * p)} %`;
const CAPTION = 'at the 5, 25, 50, 75 and 95 % quantiles';

/** The sample behind the histogram, or null before any draw. */
function drawnSample(s: SampleSnapshot | null): SampleSnapshot | null {
  return s && s.drawn > 0 ? s : null;
}

function samplesPhrase(s: SampleSnapshot): string {
  const so = s.drawn < s.total ? ` (of ${formatCount(s.total)} asked for, so far)` : '';
  return `${formatCount(s.drawn)} samples${so}`;
}

/** Height of the histogram bar over x (density units), or null where no bar is drawn. */
export function histogramAt(s: SampleSnapshot, x: number): number | null {
  const i = Math.floor((x - s.lo) / s.binWidth);
  return i >= 0 && i < s.density.length ? s.density[i] : null;
}

/** The density (or pmf) chart: what is drawn, the sample mean against the truth, values at the quantiles. */
export function densityText(dist: Distribution, law: string, snapshot: SampleSnapshot | null): ChartText {
  const what = dist.discrete ? 'Probability mass function' : 'Density';
  const s = drawnSample(snapshot);
  const description = s
    ? `${what} of ${law} with a histogram of ${samplesPhrase(s)}; the sample mean is ${num(s.mean)} and ${trueClause('mean', dist.mean)}.`
    : `${what} of ${law}; no samples drawn yet (Sample adds their histogram); ${trueClause('mean', dist.mean)}.`;
  return {
    description,
    table: {
      caption: `${what}${s ? ' and histogram' : ''} ${CAPTION}`,
      columns: [
        'quantile',
        'x',
        dist.discrete ? 'P(X = x)' : 'f(x)',
        'F(x)',
        ...(s ? ['histogram height'] : []),
      ],
      rows: LEVELS.map((p) => {
        const x = dist.quantile(p);
        const row = [levelText(p), x, dist.density(x), dist.cdf(x)];
        return s ? [...row, histogramAt(s, x)] : row;
      }),
    },
  };
}

/**
 * The empirical cdf at x from its points (known exactly at each point: the histogram's bin edges, or the
 * integers of a one-bin-per-integer histogram). Between points a discrete law's Fₙ is flat (`step`); a
 * continuous one's is read off the line joining them, as within a bin the mass is spread out. Null left
 * of the first point.
 */
export function ecdfAt(points: { x: number; F: number }[], x: number, step: boolean): number | null {
  if (points.length === 0 || x < points[0].x) return null;
  for (let i = 1; i < points.length; i++) {
    const b = points[i];
    if (b.x <= x) continue;
    const a = points[i - 1];
    return step ? a.F : a.F + ((b.F - a.F) * (x - a.x)) / (b.x - a.x);
  }
  return points[points.length - 1].F;
}

/** The cdf chart: true F against the sample's Fₙ at the quantiles, with the KS distance. */
export function cdfText(
  dist: Distribution,
  law: string,
  snapshot: SampleSnapshot | null,
  ecdf: { x: number; F: number }[] | null,
): ChartText {
  const s = drawnSample(snapshot);
  const e = s ? ecdf : null;
  const description = s
    ? `Cumulative distribution function of ${law} with the empirical cdf of ${samplesPhrase(s)}; the largest gap between the two (Kolmogorov–Smirnov distance) is ${num(s.ks)}.`
    : `Cumulative distribution function of ${law}; no samples drawn yet (Sample adds their empirical cdf).`;
  return {
    description,
    table: {
      caption: `Cumulative distribution function${e ? ' and empirical cdf' : ''} ${CAPTION}`,
      columns: ['quantile', 'x', 'F(x)', ...(e ? ['empirical Fₙ(x)'] : [])],
      rows: LEVELS.map((p) => {
        const x = dist.quantile(p);
        const row = [levelText(p), x, dist.cdf(x)];
        // The points are the exact step function of the sample: Fₙ is flat between them.
        return e ? [...row, ecdfAt(e, x, true)] : row;
      }),
    },
  };
}
