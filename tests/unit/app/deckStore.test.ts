// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function freshStore() {
  vi.resetModules();
  return import('../../../src/app/deck/deckStore');
}

beforeEach(() => window.localStorage.clear());

describe('useDeckStore and localStorage', () => {
  it('add(scene) persists { version: 3, scenes } without store ids', async () => {
    const { useDeckStore, DECK_KEY } = await freshStore();
    useDeckStore.getState().add({ hash: '#/probability?v=1', title: 'P', note: '' });
    expect(JSON.parse(window.localStorage.getItem(DECK_KEY)!)).toEqual({
      version: 3,
      scenes: [{ hash: '#/probability?v=1', title: 'P', note: '' }],
    });
  });
  it('a stored version 0 deck (array of hashes) loads migrated', async () => {
    window.localStorage.setItem('mfml-deck', JSON.stringify(['#/', '#/calculus']));
    const { useDeckStore } = await freshStore();
    expect(useDeckStore.getState().scenes.map((s) => s.hash)).toEqual(['#/', '#/calculus']);
    expect(useDeckStore.getState().storageProblem).toBeNull();
  });
  it('an unreadable stored deck is kept aside, reported, and not overwritten by loading', async () => {
    window.localStorage.setItem('mfml-deck', '{"version":1,"scenes":[{"hash":"https://x"}]}');
    const { useDeckStore, DECK_UNREADABLE_KEY } = await freshStore();
    expect(useDeckStore.getState().scenes).toEqual([]);
    expect(useDeckStore.getState().storageProblem).toMatch(/cannot be read/);
    expect(window.localStorage.getItem(DECK_UNREADABLE_KEY)).toBe(
      '{"version":1,"scenes":[{"hash":"https://x"}]}',
    );
    expect(window.localStorage.getItem('mfml-deck')).toBe('{"version":1,"scenes":[{"hash":"https://x"}]}');
  });
  it('move(0, 2), update(id, title) and remove(id) edit the deck in order', async () => {
    const { useDeckStore } = await freshStore();
    const s = useDeckStore.getState();
    for (const h of ['#/a', '#/b', '#/c']) s.add({ hash: h, title: '', note: '' });
    useDeckStore.getState().move(0, 2);
    expect(useDeckStore.getState().scenes.map((x) => x.hash)).toEqual(['#/b', '#/c', '#/a']);
    const id = useDeckStore.getState().scenes[1].id;
    useDeckStore.getState().update(id, { title: 'C' });
    useDeckStore.getState().remove(useDeckStore.getState().scenes[0].id);
    expect(useDeckStore.getState().scenes.map((x) => [x.hash, x.title])).toEqual([
      ['#/c', 'C'],
      ['#/a', ''],
    ]);
  });
  it('present(scenes, 1) then step(±1) stays within the deck; stop() ends it', async () => {
    const { useDeckStore } = await freshStore();
    const scenes = ['#/a', '#/b', '#/c'].map((hash) => ({ hash, title: '', note: '' }));
    useDeckStore.getState().present(scenes, 1);
    useDeckStore.getState().step(1);
    useDeckStore.getState().step(1);
    expect(useDeckStore.getState().presentation?.index).toBe(2);
    useDeckStore.getState().step(-5);
    expect(useDeckStore.getState().presentation?.index).toBe(0);
    useDeckStore.getState().stop();
    expect(useDeckStore.getState().presentation).toBeNull();
  });
  it('replace(scenes) returns the previous scenes, for an undo', async () => {
    const { useDeckStore } = await freshStore();
    useDeckStore.getState().add({ hash: '#/old', title: '', note: '' });
    const previous = useDeckStore.getState().replace([{ hash: '#/new', title: '', note: '' }]);
    expect(previous.map((s) => s.hash)).toEqual(['#/old']);
    expect(useDeckStore.getState().scenes.map((s) => s.hash)).toEqual(['#/new']);
  });
});
