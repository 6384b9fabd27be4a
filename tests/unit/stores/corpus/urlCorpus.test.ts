/**
 * Links keep working: every address of the corpus (captured from the codecs before the view schema, see
 * makeCorpus.ts) decodes to the same view and the same ignored list, and a decoded view encodes to an
 * address that decodes to itself with nothing ignored.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_BINDINGS, decodeAll, toJson } from './bindings';

interface Corpus {
  count: number;
  cases: { address: string; decoded: Record<string, { view: unknown; ignored: string[] }> }[];
}
const corpus = JSON.parse(readFileSync('tests/fixtures/url-corpus.json', 'utf8')) as Corpus;

describe('URL corpus', () => {
  it('holds at least 300 addresses, valid and malformed, for every binding', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(300);
    const clean = corpus.cases.filter((c) => Object.values(c.decoded).every((d) => d.ignored.length === 0));
    expect(clean.length).toBeGreaterThanOrEqual(150);
    expect(corpus.cases.length - clean.length).toBeGreaterThanOrEqual(150);
    for (const b of CORPUS_BINDINGS)
      if (!b.later) expect(corpus.cases.some((c) => b.name in c.decoded)).toBe(true);
  });

  it('decodes every address to the same view and the same ignored list', () => {
    const wrong: string[] = [];
    for (const c of corpus.cases) {
      const now = decodeAll(c.address);
      if (JSON.stringify(now) !== JSON.stringify(c.decoded)) wrong.push(c.address);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('round-trips every decoded view through its encoder', () => {
    for (const c of corpus.cases)
      for (const b of CORPUS_BINDINGS) {
        if (!(b.name in c.decoded) || !b.encode) continue;
        const query = new URLSearchParams(c.address.slice(c.address.indexOf('?') + 1));
        const { view } = b.decode(query);
        const again = b.decode(new URLSearchParams((b.encode as (v: unknown) => string)(view)));
        expect(again.ignored).toEqual([]);
        expect(toJson(again.view)).toEqual(toJson(view));
      }
  });
});
