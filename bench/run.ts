/**
 * `npm run bench` prints a table; `npm run bench -- --json` prints a JSON array of
 * `{ name, unit, ours, peer, peerName, ratio, target }`. `--only NAME` runs the rows whose name contains NAME.
 */
import { runRow, type BenchResult, type BenchRow } from './harness';
import { probabilityRows } from './rows/probability';
import { calculusRows } from './rows/calculus';
import { mcmcRows } from './rows/mcmc';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const rows: BenchRow[] = [...probabilityRows(), ...calculusRows(), ...mcmcRows()].filter(
  (r) => !only || r.name.includes(only),
);
const results: BenchResult[] = [];
for (const row of rows) {
  await row.prepare?.();
  const r = runRow(row);
  results.push(r);
  if (!json) {
    const verdict = r.target === null ? 'report' : r.ratio >= r.target ? 'ok' : 'BELOW TARGET';
    console.log(
      `${r.name.padEnd(34)} ours ${fmt(r.ours).padStart(9)} ${r.unit.padEnd(12)} ${r.peerName.padEnd(30)} ${fmt(r.peer).padStart(9)}  ratio ${r.ratio.toFixed(2).padStart(7)}x  target ${r.target === null ? '-' : '>= ' + r.target}  ${verdict}`,
    );
  }
}
if (json) console.log(JSON.stringify(results, null, 2));

function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toPrecision(3);
}
