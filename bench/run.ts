/**
 * `npm run bench` prints a table; `npm run bench -- --json` prints a JSON array of
 * `{ name, unit, ours, peer, peerName, ratio, target }`. `--only NAME` runs the rows whose name contains NAME.
 * `--out FILE` also writes the run's record (date, machine, results) to FILE, the artifact CI keeps;
 * `--readme` writes it to bench/results/latest.json and renders README.md's speed table from it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { runRow, type BenchResult, type BenchRow } from './harness';
import { formatFigure, withReadmeTable, type BenchRecord } from './report';
import { probabilityRows } from './rows/probability';
import { calculusRows } from './rows/calculus';
import { mcmcRows } from './rows/mcmc';
import { clusteringRows } from './rows/clustering';
import { mlRows } from './rows/ml';
import { regressionRows } from './rows/regression';
import { brainRows } from './rows/brain';
import { linalgRows } from './rows/linalg';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const readme = args.includes('--readme');
if (readme && only) throw new Error('--readme records a whole run; drop --only');
const load = loadavg()[0];

const rows: BenchRow[] = [
  ...probabilityRows(),
  ...calculusRows(),
  ...mcmcRows(),
  ...clusteringRows(),
  ...mlRows(),
  ...regressionRows(),
  ...brainRows(),
  ...linalgRows(),
].filter((r) => !only || r.name.includes(only));
const results: BenchResult[] = [];
for (const row of rows) {
  await row.prepare?.();
  const r = runRow(row);
  results.push(r);
  if (!json) {
    const verdict = r.target === null ? 'report' : r.ratio >= r.target ? 'ok' : 'BELOW TARGET';
    console.log(
      `${r.name.padEnd(34)} ours ${formatFigure(r.ours).padStart(9)} ${r.unit.padEnd(12)} ${r.peerName.padEnd(30)} ${formatFigure(r.peer).padStart(9)}  ratio ${r.ratio.toFixed(2).padStart(7)}x  target ${r.target === null ? '-' : '>= ' + r.target}  ${verdict}`,
    );
  }
}
if (json) console.log(JSON.stringify(results, null, 2));

const record: BenchRecord = {
  date: new Date().toISOString(),
  node: process.versions.node,
  cpus: cpus().length,
  load,
  results,
};
for (const file of [out, readme ? 'bench/results/latest.json' : undefined]) {
  if (!file) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
  if (!json) console.log(`bench record written to ${file}`);
}
if (readme) {
  writeFileSync('README.md', withReadmeTable(readFileSync('README.md', 'utf8'), record));
  if (!json) console.log('README.md speed table updated');
}
