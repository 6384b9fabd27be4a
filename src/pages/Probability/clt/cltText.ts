import type { CltSnapshot } from '../../../core';
import type { SkewPoint } from '../../../stores/probability/clt/store';
import { sampleIndices, type ChartText } from '../../../ui/ChartText';
import { formatCount } from '../../../ui/formatCount';
import { num, pct, STALE_NOTE } from '../shared/chartText';

const LEVELS = [0.05, 0.25, 0.5, 0.75, 0.95];

/**
 * The p-quantile of the histogram's distribution (the mass below the window included), interpolated
 * inside its bin (`bin`), or at the bin's centre for a lattice statistic; null when it falls outside the window.
 */
export function histogramQuantile(s: CltSnapshot, p: number): { x: number; bin: number } | null {
  let F = s.below;
  if (p < F) return null;
  for (let i = 0; i < s.density.length; i++) {
    const m = s.density[i] * s.binWidth;
    if (m > 0 && F + m >= p) {
      const at = s.spacing > 0 ? 0.5 : Math.min(1, (p - F) / m);
      return { x: s.lo + (i + at) * s.binWidth, bin: i };
    }
    F += m;
  }
  return null;
}

/** What the CLT histogram's curve is: the normal approximation, the exact law, or none. */
export interface CltCurve {
  center: number;
  /** sd of the normal approximation; NaN when the CLT does not apply. */
  scale: number;
  exact: ((x: number) => number) | null;
  exactLabel: string | null;
}

function curveAt(c: CltCurve, x: number): number | null {
  if (Number.isFinite(c.scale) && c.scale > 0) {
    const z = (x - c.center) / c.scale;
    return Math.exp(-0.5 * z * z) / (c.scale * Math.sqrt(2 * Math.PI));
  }
  return c.exact ? c.exact(x) : null;
}

/** The histogram of k-draw statistics against its normal (or exact) curve, at the sample's quantiles. */
export function cltHistogramText(
  s: CltSnapshot,
  what: { law: string; k: number; stat: 'mean' | 'sum' },
  c: CltCurve,
  stale: boolean,
): ChartText {
  const head = `Histogram of the ${what.stat} of k = ${formatCount(what.k)} draws from ${what.law}`;
  if (s.done === 0) return { description: `${head}: no repetitions simulated yet.` };
  const normal = Number.isFinite(c.scale) && c.scale > 0;
  const curve = normal
    ? `the normal approximation N(${num(c.center)}, ${num(c.scale)}²) drawn over it`
    : c.exactLabel
      ? `the statistic's exact law ${c.exactLabel} drawn over it (the normal approximation does not apply)`
      : 'no curve: the normal approximation does not apply to this law';
  const so = s.done < s.total ? ` (of ${formatCount(s.total)}, so far)` : '';
  const sd = s.variance >= 0 ? Math.sqrt(s.variance) : NaN;
  const outside = s.below + s.above;
  const description =
    `${head} over ${formatCount(s.done)} repetitions${so}, with ${curve}. ` +
    `The ${what.stat}s have mean ${num(s.mean)}, standard deviation ${num(sd)} and skewness ${num(s.skewness)}` +
    (normal ? `, against ${num(c.center)}, ${num(c.scale)} and 0 for the normal curve.` : '.') +
    (outside > 0 ? ` ${pct(outside)} of them fall outside the plotted window.` : '') +
    (stale ? STALE_NOTE : '');
  const curveName = normal ? 'normal density' : c.exactLabel ? 'exact density' : null;
  return {
    description,
    table: {
      caption: `Histogram height${curveName ? ` and ${curveName}` : ''} at the 5, 25, 50, 75 and 95 % points of the simulated ${what.stat}s`,
      columns: ['share below', 'x', 'histogram height', ...(curveName ? [curveName] : [])],
      rows: LEVELS.flatMap((p) => {
        const q = histogramQuantile(s, p);
        if (q === null) return [];
        const x = q.x;
        const row = [`${Math.round(100 * p)} %`, x, s.density[q.bin]];
        return [curveName ? [...row, curveAt(c, x)] : row];
      }),
    },
  };
}

/** The measured skewness at each k run so far against γ₁/√k. */
export function skewnessText(gamma1: number, history: SkewPoint[], currentK: number): ChartText {
  const theory = Number.isFinite(gamma1)
    ? `the curve γ₁/√k with γ₁ = ${num(gamma1)}`
    : 'no curve, because this law has no finite skewness';
  const head = `Skewness of the statistic against k (log scale): measured points with ±2 standard-error bars and ${theory}.`;
  if (history.length === 0) return { description: `${head} No k has been run for this law yet.` };
  const current = history.find((p) => p.k === currentK);
  const now = current
    ? ` At the current k = ${formatCount(currentK)} the measured skewness is ${num(current.skewness)}` +
      (Number.isFinite(gamma1) ? ` and γ₁/√k = ${num(gamma1 / Math.sqrt(currentK))}.` : '.')
    : '';
  const ks = history.length === 1 ? '1 value of k' : `${history.length} values of k`;
  return {
    description: `${head} Measured at ${ks}.${now}`,
    table: {
      caption: 'Measured skewness at each k run',
      columns: ['k', 'measured skewness', '± 2 SE', ...(Number.isFinite(gamma1) ? ['γ₁/√k'] : [])],
      rows: sampleIndices(history.length, 12).map((i) => {
        const p = history[i];
        const row = [formatCount(p.k), p.skewness, 2 * Math.sqrt(6 / p.reps)];
        return Number.isFinite(gamma1) ? [...row, gamma1 / Math.sqrt(p.k)] : row;
      }),
    },
  };
}
