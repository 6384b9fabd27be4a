/** Text alternatives of the Monte Carlo charts, from the same arrays the charts draw. */
import { sampleIndices, type ChartText } from '../../../ui/ChartText';
import { formatCount } from '../../../ui/formatCount';
import { num, pct, STALE_NOTE } from '../shared/chartText';

/** The running estimate against n with its ±2 SE band around `center` (the target, or the last estimate). */
export function estimateText(o: {
  title: string;
  legend: [string, string];
  grid: Float64Array;
  estimates: Float64Array;
  /** Grid indices with a finite estimate, in order. */
  idx: number[];
  halfBand: (i: number) => number;
  center: number;
  target: number | null;
  total: number;
  stale: boolean;
}): ChartText {
  const { grid, estimates, idx, halfBand, center } = o;
  if (idx.length === 0) return { description: `${o.title}: no estimates yet.` };
  const last = idx[idx.length - 1];
  const h = halfBand(last);
  const truth =
    o.target !== null
      ? `, against ${o.legend[1]} = ${num(o.target)}`
      : ' (no reference value: the band is centred on the estimate)';
  const band = Number.isFinite(h)
    ? `; the ±2 SE band there runs from ${num(center - h)} to ${num(center + h)}`
    : '';
  const description =
    `${o.title}, against n on a log scale. After ${formatCount(grid[last])} of ${formatCount(o.total)} points ` +
    `the ${o.legend[0]} is ${num(estimates[last])}${truth}${band}.${o.stale ? STALE_NOTE : ''}`;
  return {
    description,
    table: {
      caption: 'Running estimate and ±2 SE band at sampled n',
      columns: ['n', 'estimate', 'band from', 'band to'],
      rows: sampleIndices(idx.length, 8).map((j) => {
        const i = idx[j];
        const hb = halfBand(i);
        const ok = Number.isFinite(hb);
        return [formatCount(grid[i]), estimates[i], ok ? center - hb : null, ok ? center + hb : null];
      }),
    },
  };
}

/** The absolute error against n (log-log) with the reference σ/√n. */
export function errorText(o: {
  title: string;
  errorLabel: string;
  grid: Float64Array;
  errors: Float64Array | null;
  /** Grid indices with a positive finite error, in order. */
  idx: number[];
  sigma: number;
  stale: boolean;
}): ChartText {
  const { grid, idx, sigma } = o;
  const errors = o.errors;
  const ref = sigma > 0;
  const refText = ref ? `, with the reference line σ/√n (σ = ${num(sigma)}), slope −½` : '';
  if (!errors || idx.length === 0) return { description: `${o.title}${refText}: no errors to show yet.` };
  const last = idx[idx.length - 1];
  const description =
    `${o.title}: ${o.errorLabel} at ${formatCount(idx.length)} values of n${refText}. ` +
    `At n = ${formatCount(grid[last])} it is ${num(errors[last])}` +
    (ref ? `, against σ/√n = ${num(sigma / Math.sqrt(grid[last]))}.` : '.') +
    (o.stale ? STALE_NOTE : '');
  return {
    description,
    table: {
      caption: `${o.errorLabel} at sampled n`,
      columns: ['n', o.errorLabel, ...(ref ? ['σ/√n'] : [])],
      rows: sampleIndices(idx.length, 8).map((j) => {
        const i = idx[j];
        const row = [formatCount(grid[i]), errors[i]];
        return ref ? [...row, sigma / Math.sqrt(grid[i])] : row;
      }),
    },
  };
}

/** The integrand on [a, b]: its range and its values at 11 evenly spaced x (the drawn points). */
export function functionText(
  source: string,
  a: number,
  b: number,
  pts: { x: number; y: number }[],
): ChartText {
  const ys = pts.map((p) => p.y).filter(Number.isFinite);
  const head = `The integrand f(x) = ${source} on [${num(a)}, ${num(b)}]; the shaded signed area under it is the integral being estimated.`;
  if (ys.length === 0) return { description: `${head} f has no finite value there.` };
  const gaps = ys.length < pts.length ? ' It is undefined at some points of the interval.' : '';
  return {
    description: `${head} f ranges from ${num(Math.min(...ys))} to ${num(Math.max(...ys))}.${gaps}`,
    table: {
      caption: 'f(x) at evenly spaced x',
      columns: ['x', 'f(x)'],
      rows: sampleIndices(pts.length, 11).map((i) => [pts[i].x, pts[i].y]),
    },
  };
}

/** The π scatter: how many of the first points fall inside the quarter disc, and what that gives. */
export function piScatterText(shown: number, hits: number): ChartText {
  if (shown === 0) return { description: 'Points of the π run in the unit square: none drawn yet.' };
  const out = shown - hits;
  return {
    description:
      `The first ${formatCount(shown)} points of the π run in the unit square with the quarter circle x² + y² = 1: ` +
      `${formatCount(hits)} inside (dots) and ${formatCount(out)} outside (crosses), so 4 × ${formatCount(hits)} / ${formatCount(shown)} = ${num((4 * hits) / shown)}.`,
    table: {
      caption: 'The first points by region',
      columns: ['region', 'points', 'share'],
      rows: [
        ['inside the quarter circle', formatCount(hits), pct(hits / shown)],
        ['outside', formatCount(out), pct(out / shown)],
        ['all', formatCount(shown), pct(1)],
      ],
    },
  };
}
