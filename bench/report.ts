/**
 * What a bench run leaves behind: a JSON record (the artifact CI keeps and `bench/results/latest.json`)
 * and the README's speed table, rendered from that record so that the two cannot disagree.
 */
import type { BenchResult } from './harness';

export interface BenchRecord {
  /** ISO date and time of the run. */
  date: string;
  node: string;
  cpus: number;
  /** One-minute load average when the run started: figures taken under load read lower. */
  load: number;
  results: BenchResult[];
}

export const README_START = '<!-- bench:start (written by npm run bench -- --readme) -->';
export const README_END = '<!-- bench:end -->';

/** A figure with three significant digits, or whole above 100 (as the console table prints it). */
export function formatFigure(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 100) return Math.round(x).toLocaleString('en-US');
  return x >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

function verdict(r: BenchResult): string {
  if (r.target === null) return 'report';
  return r.ratio >= r.target ? `≥ ${r.target}` : `≥ ${r.target} (below in this run)`;
}

/** The README block: a line naming the run, then one table row per bench row. */
export function readmeTable(record: BenchRecord): string {
  const lines = [
    `Run of ${record.date.slice(0, 10)} on ${record.cpus} cores, Node ${record.node}, load ${record.load.toFixed(2)} ` +
      '(`bench/results/latest.json`):',
    '',
    '| row | ours | peer | ratio | target |',
    '| --- | --- | --- | --- | --- |',
    ...record.results.map(
      (r) =>
        `| ${r.name} | ${formatFigure(r.ours)} ${r.unit} | ${r.peerName}: ${formatFigure(r.peer)} | ${r.ratio >= 100 ? formatFigure(r.ratio) : r.ratio.toFixed(2)} | ${verdict(r)} |`,
    ),
  ];
  return lines.join('\n');
}

/** README text with the block between the markers replaced; throws when the markers are missing. */
export function withReadmeTable(readme: string, record: BenchRecord): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error('README.md has no bench markers');
  return `${readme.slice(0, start + README_START.length)}\n${readmeTable(record)}\n${readme.slice(end)}`;
}
