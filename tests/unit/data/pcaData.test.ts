import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDigits, parseLabelledJson } from '../../../src/stores/ml/pca/data';

/** Each shipped file of the PCA tab, by its SHA-256 (tests/fixtures/scripts/pca_datasets.py makes them). */
const FILES: Record<string, string> = {
  'public/data/iris.json': 'b896dce320cc1623ac5bf58855ebf2cc341a84f8ca88a807afab3a0917b7af34',
  'public/data/digits.bin': '87ff0c9e40dc7e2c0e34e7257799c2e3f3aec1a016363bb11cad869ec428a826',
  'public/data/penguins.json': 'f389bd4272ecb5661890190e8887327d4f63480f273bc83760a4b05e18114308',
};

describe('shipped data files', () => {
  for (const [path, hash] of Object.entries(FILES))
    it(`${path} has its recorded SHA-256`, () => {
      expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(hash);
    });

  it('Iris: 150 × 4 with three species of 50', () => {
    const t = parseLabelledJson(readFileSync('public/data/iris.json', 'utf8'));
    expect([t.n, t.d, t.dropped]).toEqual([150, 4, 0]);
    expect([0, 1, 2].map((c) => t.labels!.filter((l) => l === c).length)).toEqual([50, 50, 50]);
    expect(Array.from(t.data.subarray(0, 4))).toEqual([5.1, 3.5, 1.4, 0.2]);
  });

  it('digits: 1,797 × 64 pixels 0–16 with labels 0–9', () => {
    const t = parseDigits(new Uint8Array(readFileSync('public/data/digits.bin')));
    expect([t.n, t.d]).toEqual([1797, 64]);
    expect(Math.max(...t.data)).toBe(16);
    expect(new Set(t.labels).size).toBe(10);
    expect(t.labels![0]).toBe(0);
  });

  it('penguins: 342 complete rows of 4 measurements, 2 dropped', () => {
    const t = parseLabelledJson(readFileSync('public/data/penguins.json', 'utf8'));
    expect([t.n, t.d, t.dropped]).toEqual([342, 4, 2]);
    expect(t.labelNames).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
  });
});
