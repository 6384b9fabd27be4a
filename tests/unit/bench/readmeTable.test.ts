import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFigure, readmeTable, withReadmeTable, type BenchRecord } from '../../../bench/report';

/** Prettier pads table cells and dashes; compare the text without that layout. */
const normalize = (text: string) => text.replace(/-{3,}/g, '---').replace(/\s+/g, ' ');

const record = JSON.parse(readFileSync('bench/results/latest.json', 'utf8')) as BenchRecord;

describe('bench record and README table', () => {
  it('the README shows the table of bench/results/latest.json', () => {
    expect(normalize(readFileSync('README.md', 'utf8'))).toContain(normalize(readmeTable(record)));
  });

  it('the stored record covers every issue row with finite figures', () => {
    const names = record.results.map((r) => r.name);
    for (const name of [
      'normal-vs-stdlib',
      'histogram-vs-d3bin',
      'grid-eval-vs-mathjs',
      'adam-steps-vs-inlined',
    ]) {
      expect(names).toContain(name);
    }
    for (const r of record.results) expect(Number.isFinite(r.ratio) && r.ratio > 0).toBe(true);
  });

  it('replaces only the block between the markers, and refuses a README without them', () => {
    const before = withReadmeTable(readFileSync('README.md', 'utf8'), record);
    const again = withReadmeTable(before, { ...record, load: 9 });
    expect(again).toContain('load 9.00');
    expect(again).not.toContain(`load ${record.load.toFixed(2)} `);
    expect(again.length - before.length).toBe('9.00'.length - record.load.toFixed(2).length);
    expect(() => withReadmeTable('# no markers', record)).toThrow(/markers/);
  });

  it('formats figures as the console table does', () => {
    expect(formatFigure(75988.69)).toBe('75,989');
    expect(formatFigure(3.412)).toBe('3.41');
    expect(formatFigure(0.00006)).toBe('0.0000600');
  });
});
