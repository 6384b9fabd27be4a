// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  decodeDeckJson,
  decodeDeckParam,
  encodeDeckJson,
  encodeDeckParam,
  validateDeck,
  type Scene,
} from '../../../src/app/deck/deckCodec';
import { presentedHash, stepPresentation, type Presentation } from '../../../src/app/deck/deckStore';
import { clickerAction } from '../../../src/app/deck/clicker';
import { bestWidth, fitInto } from '../../../src/app/deck/stage';
import { deckChunks } from '../../../src/app/deck/prefetch';

const OPTS: Scene = {
  hash: '#/calculus?v=1',
  title: 'GD',
  note: 'Watch the valley.',
  speaker: 'Ask: which one wins?',
  stage: 'controls',
  autoplay: true,
  speed: 2,
  hidePreview: true,
  builds: ['#/calculus?v=1&opt=gd,momentum', '#/calculus?v=1&opt=gd,momentum,adam'],
};

describe('deck format 2: scene options', () => {
  it('round-trips every option through the JSON file and the link', () => {
    const deck = { version: 3 as const, scenes: [OPTS, { hash: '#/', title: '', note: '' }] };
    expect(decodeDeckJson(encodeDeckJson(deck))).toEqual({ ok: true, deck, migratedFrom: null });
    expect(decodeDeckParam(encodeDeckParam(deck))).toEqual({ ok: true, deck, migratedFrom: null });
  });
  it('leaves options at their default out of the file (a plain scene writes only hash, title, note)', () => {
    const text = encodeDeckJson({
      version: 3,
      scenes: [
        { ...OPTS, speaker: '', stage: 'page', autoplay: false, speed: 1, hidePreview: false, builds: [] },
      ],
    });
    expect(JSON.parse(text).scenes[0]).toEqual({ hash: OPTS.hash, title: 'GD', note: 'Watch the valley.' });
  });
  it('migrates a version 1 deck (no options) and says so', () => {
    const r = validateDeck({ version: 1, scenes: [{ hash: '#/', title: 'a', note: '' }] });
    expect(r).toEqual({
      ok: true,
      migratedFrom: 1,
      deck: { version: 3, scenes: [{ hash: '#/', title: 'a', note: '' }] },
    });
  });
  it.each([
    [{ stage: 'huge' }, /stage is not one of figure, controls, page/],
    [{ autoplay: 'yes' }, /autoplay is not true or false/],
    [{ speed: 3 }, /speed is not one of/],
    [{ builds: '#/' }, /builds are not a list/],
    [{ builds: ['https://evil.example/'] }, /build step 1: .* not an address/],
    [{ builds: ['#/deck?d=x'] }, /build step 1: it is itself a deck link/],
    [{ speaker: 5 }, /speaker notes is not text/],
  ])('refuses a bad option %j by name', (bad, why) => {
    const r = validateDeck({ version: 2, scenes: [{ hash: '#/', ...bad }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
});

describe('stepPresentation: builds before scenes', () => {
  const p: Presentation = {
    scenes: [OPTS, { hash: '#/probability?v=1', title: 'P', note: '' }],
    index: 0,
    build: 0,
  };
  it('walks the build steps, then the next scene, and back through them in reverse', () => {
    const seen: string[] = [];
    let q = p;
    for (let i = 0; i < 4; i++) {
      seen.push(presentedHash(q));
      q = stepPresentation(q, 1);
    }
    expect(seen).toEqual([OPTS.hash, OPTS.builds![0], OPTS.builds![1], '#/probability?v=1']);
    expect(stepPresentation(q, 1)).toBe(q); // past the end: the same object (no update)
    q = stepPresentation(q, -1);
    expect([q.index, q.build]).toEqual([0, 2]); // back to the last step, as it was left
    expect(stepPresentation(p, -1)).toBe(p);
  });
});

function key(k: string, target: EventTarget | null = document.body, extra: KeyboardEventInit = {}) {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, ...extra });
  Object.defineProperty(e, 'target', { value: target });
  return e;
}

describe('clickerAction: the keys that never get stuck', () => {
  const field = document.createElement('input');
  field.type = 'text';
  field.setAttribute('role', 'spinbutton');
  const slider = document.createElement('input');
  slider.type = 'range';
  const button = document.createElement('button');
  it('PageDown / PageUp move everywhere, also in a number field and on a slider', () => {
    for (const t of [document.body, field, slider, button]) {
      expect(clickerAction(key('PageDown', t))).toBe('next');
      expect(clickerAction(key('PageUp', t))).toBe('previous');
    }
  });
  it('Right / Space / Left move outside controls only', () => {
    expect(clickerAction(key('ArrowRight'))).toBe('next');
    expect(clickerAction(key(' '))).toBe('next');
    expect(clickerAction(key('ArrowLeft'))).toBe('previous');
    expect(clickerAction(key('ArrowRight', slider))).toBeNull();
    expect(clickerAction(key(' ', button))).toBeNull();
    expect(clickerAction(key(' ', field))).toBeNull();
  });
  it('Enter in a field commits and returns to the stage; Escape leaves the field; Escape outside ends', () => {
    expect(clickerAction(key('Enter', field))).toBe('commit-field');
    expect(clickerAction(key('Escape', field))).toBe('leave-field');
    expect(clickerAction(key('Escape'))).toBe('end');
  });
  it('B and . blank, K plays, H hides the bar; letters typed in a field stay there', () => {
    expect(clickerAction(key('b'))).toBe('blank');
    expect(clickerAction(key('.'))).toBe('blank');
    expect(clickerAction(key('k'))).toBe('play');
    expect(clickerAction(key('h'))).toBe('bar');
    expect(clickerAction(key('b', field))).toBeNull();
    expect(clickerAction(key('b', document.body, { ctrlKey: true }))).toBeNull();
  });
});

describe('stage fit', () => {
  const box = { left: 0, top: 0, width: 1280, height: 660 };
  it('a wide figure fills the width, centred vertically', () => {
    const f = fitInto(box, 760, 380);
    expect(f.scale).toBeCloseTo(1264 / 760, 6);
    expect(f.x).toBe(8);
  });
  it('a canvas of fixed height (500 px) is laid out as wide as the box is long for its height', () => {
    const w = bestWidth(box, { width: 760, w: 760, h: 500 }, { width: 532, w: 532, h: 500 }, 12);
    const f = fitInto(box, w, 500);
    expect((f.scale * w * f.scale * 500) / (1280 * 660)).toBeGreaterThan(0.9);
  });
  it('a chart of fixed aspect is not laid out so narrow that its text is blown up (at most 1.5 × 21 px)', () => {
    const big = { left: 0, top: 0, width: 1920, height: 1020 };
    const w = bestWidth(big, { width: 760, w: 760, h: 380 }, { width: 532, w: 532, h: 266 }, 15);
    const text = fitInto(big, w, w / 2).scale * 15;
    expect(text).toBeGreaterThanOrEqual(20);
    expect(text).toBeLessThanOrEqual(1.5 * 21 + 0.5);
  });
  it('a chart of fixed aspect keeps a width whose text reaches 20 px', () => {
    const w = bestWidth(box, { width: 760, w: 760, h: 380 }, { width: 532, w: 532, h: 266 }, 12);
    expect(fitInto(box, w, w / 2).scale * 12).toBeGreaterThanOrEqual(20);
  });
});

describe('deckChunks: what a show prefetches', () => {
  it('lists each page once with the tabs its scenes and build steps show', () => {
    const chunks = deckChunks([
      { hash: '#/probability?v=1&tab=clt', title: '', note: '', builds: ['#/probability?v=1&tab=lln'] },
      { hash: '#/calculus?v=1', title: '', note: '' },
      { hash: '#/', title: '', note: '' },
    ]);
    expect([...chunks.keys()]).toEqual(['/probability', '/calculus']);
    expect([...chunks.get('/probability')!]).toEqual(['clt', 'lln']);
  });
});

describe('deck format 3: which figures are on stage, and how they are arranged', () => {
  const staged = {
    hash: '#/machine-learning?v=1&tab=nn',
    title: 'Network',
    note: '',
    stage: 'figure' as const,
  };
  it('round-trips panels and layout through the file and the link; their defaults stay out of the file', () => {
    const deck = {
      version: 3 as const,
      scenes: [
        { ...staged, panels: 'main' as const },
        { ...staged, layout: 'stacked' as const },
      ],
    };
    expect(decodeDeckJson(encodeDeckJson(deck))).toEqual({ ok: true, deck, migratedFrom: null });
    expect(decodeDeckParam(encodeDeckParam(deck))).toEqual({ ok: true, deck, migratedFrom: null });
    const text = encodeDeckJson({ version: 3, scenes: [{ ...staged, panels: 'all', layout: 'auto' }] });
    expect(JSON.parse(text).scenes[0]).toEqual(staged);
  });
  it('a version 2 deck imports the same (default figures and arrangement) and says it was migrated', () => {
    const r = validateDeck({ version: 2, scenes: [staged] });
    expect(r).toEqual({ ok: true, migratedFrom: 2, deck: { version: 3, scenes: [staged] } });
  });
  it.each([
    [{ panels: 'every' }, /panels are not one of all, main/],
    [{ layout: 'grid' }, /layout is not one of auto, side, stacked/],
  ])('refuses a bad option %j by name', (bad, why) => {
    const r = validateDeck({ version: 3, scenes: [{ hash: '#/', ...bad }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
});
