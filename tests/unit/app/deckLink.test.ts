import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DECK_VERSION,
  decodeDeckJson,
  encodeDeckJson,
  encodeDeckParam,
  type Deck,
  type Scene,
} from '../../../src/app/deck/deckCodec';
import {
  decodeDeckQuery,
  decodeShortParam,
  encodeShortParam,
  shortDeckLink,
} from '../../../src/app/deck/deckLink';
import { LECTURE } from './deckLinkLecture';

const deck = (scenes: Scene[]): Deck => ({ version: DECK_VERSION, scenes });

describe('short deck link', () => {
  it('a 7-scene lecture deck (5 calculus scenes with 3 optimizers, 2 CLT) fits well under 1,000 characters', async () => {
    for (const s of LECTURE.scenes.slice(0, 5))
      expect(new URLSearchParams(s.hash.split('?')[1]).get('opt')?.split(',')).toHaveLength(3);
    const json = JSON.stringify(LECTURE).length;
    const link = await shortDeckLink(LECTURE, 'https://example.github.io/math-for-ml-playground/');
    // The uncompressed link of the same deck, for scale.
    const old = `https://example.github.io/math-for-ml-playground/#/deck?d=${encodeDeckParam(LECTURE)}`;
    console.log(`7-scene deck: JSON ${json} chars, old link ${old.length}, short link ${link.length}`);
    expect(json).toBeGreaterThan(1800);
    expect(link.length).toBeLessThan(920);
    expect(link.split('z=')[1].length).toBeLessThan(860);
    expect(link).toMatch(/#\/deck\?z=[A-Za-z0-9_-]+$/);
    const back = await decodeDeckQuery(new URLSearchParams(link.split('?')[1]));
    expect(back).toEqual({ ok: true, deck: LECTURE, migratedFrom: null });
  });

  it('round-trips any deck, including non-ASCII titles and empty decks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            hash: fc.stringMatching(/^[A-Za-z0-9=&.,;%_~-]{0,60}$/).map((q) => `#/calculus?${q}`),
            title: fc.string({ maxLength: 40, unit: 'grapheme' }),
            note: fc.string({ maxLength: 80, unit: 'grapheme' }),
          }),
          { maxLength: 8 },
        ),
        async (scenes) => {
          const z = await encodeShortParam(deck(scenes));
          expect(z).toMatch(/^[A-Za-z0-9_-]*$/);
          expect(await decodeShortParam(z!)).toEqual({ ok: true, deck: deck(scenes), migratedFrom: null });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('carries every scene field the deck file carries (options such as speaker notes and builds)', async () => {
    // Written loosely so the test reads whatever options this version of the deck format knows.
    const withOptions = deck([
      {
        ...LECTURE.scenes[0],
        speaker: 'Ask first.',
        builds: [LECTURE.scenes[1].hash],
        autoplay: true,
      } as Scene,
      LECTURE.scenes[5],
    ]);
    const viaFile = decodeDeckJson(encodeDeckJson(withOptions));
    expect(await decodeShortParam((await encodeShortParam(withOptions))!)).toEqual(viaFile);
  });

  it('an address with a control character (none of the app has one) is kept exactly, unpacked', async () => {
    const odd = deck([{ hash: '#/calculus?v=1&f=x\u0001', title: 't', note: '' }, LECTURE.scenes[0]]);
    expect(await decodeShortParam((await encodeShortParam(odd))!)).toEqual({
      ok: true,
      deck: odd,
      migratedFrom: null,
    });
  });

  it('old uncompressed links (d=) keep opening, and old formats are migrated', async () => {
    const d = encodeDeckParam(LECTURE);
    expect(await decodeDeckQuery(new URLSearchParams({ d }))).toEqual({
      ok: true,
      deck: LECTURE,
      migratedFrom: null,
    });
    // Format 0 (a plain list of addresses) inside a compressed link is migrated too.
    // The deck JSON itself (format 1) inside a compressed link is read too.
    const asJson = await deflate(JSON.stringify(LECTURE));
    expect(await decodeShortParam(asJson)).toEqual({ ok: true, deck: LECTURE, migratedFrom: null });
    const packedList = await deflate(JSON.stringify(['#/calculus?v=1', '#/probability?v=1&tab=clt']));
    const r = await decodeShortParam(packedList);
    expect(r.ok && r.migratedFrom).toBe(0);
    expect(r.ok && r.deck.scenes.map((s) => s.hash)).toEqual(['#/calculus?v=1', '#/probability?v=1&tab=clt']);
  });

  it('refuses damaged, cut and hostile links with a sentence, never throwing', async () => {
    const z = (await encodeShortParam(LECTURE))!;
    for (const bad of [
      z.slice(0, z.length >> 1),
      z.slice(0, -3) + '***',
      'A',
      'AAAA',
      z.replace(/^..../, 'zzzz'),
    ]) {
      const r = await decodeShortParam(bad);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/^This deck cannot be read: /);
    }
    // A deflate bomb (3 MB of spaces packs to a few kB) stops at the size limit.
    const bomb = await deflate(' '.repeat(3_000_000));
    expect(bomb.length).toBeLessThan(10_000);
    const r = await decodeShortParam(bomb);
    expect(!r.ok && r.error).toMatch(/too large/);
    // A newer format is refused with its reason.
    const newer = await deflate(JSON.stringify({ version: 9, scenes: [] }));
    expect(await decodeShortParam(newer)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
    expect(await decodeDeckQuery(new URLSearchParams(''))).toMatchObject({ ok: false });
  });
});

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
