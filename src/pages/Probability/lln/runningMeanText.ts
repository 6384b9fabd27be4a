import type { LlnSnapshot } from '../../../core';
import { sampleIndices, type ChartText } from '../../../ui/ChartText';
import { formatCount } from '../../../ui/formatCount';
import { num, STALE_NOTE, trueClause } from '../shared/chartText';
import { lastFilled } from './domain';

/**
 * The running-mean chart in words: the runs' means at the last n reached against μ and the ±2σ/√n band,
 * and a table of run 1 (and the spread of all runs) at up to 8 log-spaced n.
 */
export function runningMeanText(
  snapshot: LlnSnapshot | null,
  law: string,
  mean: number,
  sd: number,
  stale: boolean,
): ChartText {
  const last = snapshot ? lastFilled(snapshot) : -1;
  if (!snapshot || last < 0)
    return {
      description: `Running sample mean of draws from ${law} against the number of draws n: no draws yet; ${trueClause('mean', mean)}.`,
    };
  const { grid, means, runs } = snapshot;
  const g = grid.length;
  const at = (i: number) => Array.from({ length: runs }, (_, r) => means[r * g + i]);
  const half = (n: number) => (Number.isFinite(sd) && Number.isFinite(mean) ? (2 * sd) / Math.sqrt(n) : NaN);
  const n = grid[last];
  const finals = at(last);
  const h = half(n);
  const inBand = Number.isFinite(h) ? finals.filter((m) => Math.abs(m - mean) <= h).length : null;
  const runWord = runs === 1 ? '1 run' : `${runs} runs`;
  const spread =
    runs === 1
      ? `the running mean is ${num(finals[0])}`
      : `the runs' means lie between ${num(Math.min(...finals))} and ${num(Math.max(...finals))}`;
  const band =
    inBand === null
      ? ' The variance is not finite, so there is no ±2σ/√n band.'
      : ` ${inBand} of ${runWord} ${inBand === 1 ? 'lies' : 'lie'} within μ ± 2σ/√n = ${num(mean)} ± ${num(h)}.`;
  const description =
    `Running sample mean of ${runWord} of draws from ${law} against the number of draws n (log scale); ${trueClause('mean', mean)}${Number.isFinite(mean) ? ' (the horizontal line)' : ''}. ` +
    `At n = ${formatCount(n)} ${spread}.${band}${stale ? STALE_NOTE : ''}`;
  const many = runs > 1;
  return {
    description,
    table: {
      caption: `Running mean at ${many ? 'sampled n: run 1 and the range of all runs' : 'sampled n'}`,
      columns: [
        'n',
        'run 1 mean',
        ...(many ? ['lowest run', 'highest run'] : []),
        ...(inBand !== null ? ['2σ/√n'] : []),
      ],
      rows: sampleIndices(last + 1, 8).map((i) => {
        const ms = at(i);
        return [
          formatCount(grid[i]),
          ms[0],
          ...(many ? [Math.min(...ms), Math.max(...ms)] : []),
          ...(inBand !== null ? [half(grid[i])] : []),
        ];
      }),
    },
  };
}
