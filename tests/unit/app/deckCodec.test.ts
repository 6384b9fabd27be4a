import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DECK_LIMITS,
  DECK_VERSION,
  checkSceneHash,
  decodeDeckJson,
  decodeDeckParam,
  deckLink,
  encodeDeckJson,
  encodeDeckParam,
  migrateDeck,
  validateDeck,
  type Deck,
  type Scene,
} from '../../../src/app/deck/deckCodec';

const deck = (scenes: Scene[]): Deck => ({ version: DECK_VERSION, scenes });
const SAMPLE = deck([
  { hash: '#/probability?v=1&dist=gamma&k=2', title: 'Gamma', note: 'Shape 2: skewed right.' },
  { hash: '#/linear-algebra?v=1&A=1,1;0,1', title: 'Shear — détérminant 1 ✓', note: '' },
  { hash: '#/', title: '', note: 'Line one\nline two' },
]);

// Any hash the app itself could produce: a route and a query of URL-safe characters.
const hashArb = fc
  .tuple(
    fc.constantFrom('/', '/probability', '/linear-algebra', '/calculus'),
    fc.stringMatching(/^[A-Za-z0-9=&.,;%_~-]{0,60}$/),
  )
  .map(([path, q]) => `#${path}${q ? '?' + q : ''}`);
const sceneArb = fc.record({
  hash: hashArb,
  title: fc.string({ maxLength: 40, unit: 'grapheme' }),
  note: fc.string({ maxLength: 80, unit: 'grapheme' }),
});
const deckArb = fc.array(sceneArb, { maxLength: 12 }).map(deck);

describe('deck link and JSON round trips', () => {
  it('decodeDeckParam(encodeDeckParam(deck)) returns the deck, for any valid deck', () => {
    fc.assert(
      fc.property(deckArb, (d) => {
        const r = decodeDeckParam(encodeDeckParam(d));
        expect(r).toEqual({ ok: true, deck: d, migratedFrom: null });
      }),
    );
  });
  it('decodeDeckJson(encodeDeckJson(deck)) returns the deck, for any valid deck', () => {
    fc.assert(
      fc.property(deckArb, (d) => {
        expect(decodeDeckJson(encodeDeckJson(d))).toEqual({ ok: true, deck: d, migratedFrom: null });
      }),
    );
  });
  it('encodeDeckParam(deck) uses only base64url characters, so it survives in a URL unescaped', () => {
    fc.assert(fc.property(deckArb, (d) => /^[A-Za-z0-9_-]*$/.test(encodeDeckParam(d))));
  });
  it('deckLink(deck, href) replaces the current hash with #/deck?d=…', () => {
    const link = deckLink(SAMPLE, 'https://example.org/app/#/probability?v=1');
    expect(link.startsWith('https://example.org/app/#/deck?d=')).toBe(true);
    const d = new URLSearchParams(link.split('?')[1]).get('d');
    expect(decodeDeckParam(d)).toEqual({ ok: true, deck: SAMPLE, migratedFrom: null });
  });
  it('encodeDeckJson(deck) writes the format version and drops store-side fields', () => {
    const withId = deck([{ ...SAMPLE.scenes[0], id: 's1' } as Scene]);
    expect(JSON.parse(encodeDeckJson(withId))).toEqual({ version: 3, scenes: [SAMPLE.scenes[0]] });
  });
});

describe('decoders never throw: a deck or a readable error', () => {
  const isReadable = (r: ReturnType<typeof validateDeck>) =>
    r.ok ? r.deck.version === DECK_VERSION : /^This deck cannot be read: .+\.$/.test(r.error);
  it('decodeDeckParam(any string)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => isReadable(decodeDeckParam(s))));
  });
  it('decodeDeckParam(base64url of arbitrary bytes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64url');
        return isReadable(decodeDeckParam(b64));
      }),
    );
  });
  it('decodeDeckJson(any string)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => isReadable(decodeDeckJson(s))));
  });
  it('validateDeck(any JSON value)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => isReadable(validateDeck(v))));
  });
  it('validateDeck(deck-shaped values with arbitrary fields)', () => {
    const anyScene = fc.record(
      { hash: fc.anything(), title: fc.anything(), note: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.constant(1), fc.anything()),
        fc.array(anyScene, { maxLength: 5 }),
        (v, s) => isReadable(validateDeck({ version: v, scenes: s })),
      ),
    );
  });
  it('a valid deck with one byte of its link cut off is refused or read, never thrown on', () => {
    fc.assert(
      fc.property(deckArb, fc.nat(), (d, k) => {
        const p = encodeDeckParam(d);
        const cut = p.slice(0, p.length === 0 ? 0 : k % p.length);
        return isReadable(decodeDeckParam(cut));
      }),
    );
  });
});

describe('migrateDeck / validateDeck(version 0 = a plain array of hashes)', () => {
  it('validateDeck(["#/", "#/probability?v=1"]) migrates to scenes with empty titles and notes', () => {
    const r = validateDeck(['#/', '#/probability?v=1']);
    expect(r).toEqual({
      ok: true,
      migratedFrom: 0,
      deck: {
        version: 3,
        scenes: [
          { hash: '#/', title: '', note: '' },
          { hash: '#/probability?v=1', title: '', note: '' },
        ],
      },
    });
  });
  it('validateDeck({ version: 0, scenes: [hashes] }) reads the wrapped form of version 0 too', () => {
    const r = validateDeck({ version: 0, scenes: ['#/calculus'] });
    expect(r.ok && r.migratedFrom).toBe(0);
    expect(r.ok && r.deck.scenes).toEqual([{ hash: '#/calculus', title: '', note: '' }]);
  });
  it('decodeDeckParam(link of a version 0 deck) migrates it', () => {
    const p = Buffer.from(JSON.stringify(['/linear-algebra?v=1'])).toString('base64url');
    const r = decodeDeckParam(p);
    expect(r.ok && r.deck.scenes[0].hash).toBe('#/linear-algebra?v=1');
    expect(r.ok && r.migratedFrom).toBe(0);
  });
  it('migrateDeck({ version: 4 }) refuses a newer format by name', () => {
    expect(migrateDeck({ version: 4, scenes: [] })).toEqual({
      error: 'it was made by a newer version of the playground (format 4; this one reads up to 3)',
    });
  });
  it('validateDeck(version 0 with a bad hash) names the scene', () => {
    expect(validateDeck(['#/', 42])).toEqual({
      ok: false,
      error: 'This deck cannot be read: scene 2: its address is not text.',
    });
  });
});

describe('validateDeck refuses malformed decks with a reason', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no version', { scenes: [] }, /no format version/],
    ['fractional version', { version: 1.5, scenes: [] }, /whole number/],
    ['scenes not a list', { version: 1, scenes: {} }, /not a list/],
    ['scene not an object', { version: 1, scenes: ['#/'] }, /scene 1 is not a scene/],
    [
      'foreign URL',
      { version: 1, scenes: [{ hash: 'https://evil.example/' }] },
      /not an address of this playground/,
    ],
    ['javascript URL', { version: 1, scenes: [{ hash: 'javascript:alert(1)' }] }, /not an address/],
    ['nested deck', { version: 1, scenes: [{ hash: '#/deck?d=abc' }] }, /itself a deck link/],
    ['title not text', { version: 1, scenes: [{ hash: '#/', title: 3 }] }, /title is not text/],
    [
      'note too long',
      { version: 1, scenes: [{ hash: '#/', note: 'x'.repeat(DECK_LIMITS.note + 1) }] },
      /note is longer/,
    ],
    [
      'too many scenes',
      { version: 1, scenes: Array(DECK_LIMITS.scenes + 1).fill({ hash: '#/' }) },
      /more than 200/,
    ],
    ['null', null, /not a deck/],
  ];
  for (const [what, raw, why] of cases)
    it(`validateDeck(${what})`, () => {
      const r = validateDeck(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(why);
    });
  it('decodeDeckJson("{") says the file is not JSON', () => {
    expect(decodeDeckJson('{')).toEqual({
      ok: false,
      error: 'This deck cannot be read: the file is not JSON.',
    });
  });
  it('decodeDeckParam("a!b") says the link is damaged', () => {
    const r = decodeDeckParam('a!b');
    expect(!r.ok && r.error).toMatch(/damaged/);
  });
  it('decodeDeckParam(null) says there is no deck', () => {
    expect(decodeDeckParam(null).ok).toBe(false);
  });
});

describe('checkSceneHash', () => {
  it('checkSceneHash("/probability?v=1") adds the missing #', () => {
    expect(checkSceneHash('/probability?v=1')).toEqual({ hash: '#/probability?v=1' });
  });
  it('checkSceneHash("#/a b") refuses whitespace', () => {
    expect('error' in checkSceneHash('#/a b')).toBe(true);
  });
  it('checkSceneHash("#/deck") refuses a deck address', () => {
    expect('error' in checkSceneHash('#/deck')).toBe(true);
    expect(checkSceneHash('#/decks')).toEqual({ hash: '#/decks' });
  });
});
