import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveItem, sceneLabel, scenePage } from '../../../src/app/deck/deckOps';

describe('moveItem', () => {
  it('moveItem([a, b, c], 0, 2) → [b, c, a]', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });
  it('moveItem([a, b, c], 2, 0) → [c, a, b]', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });
  it('moveItem(list, i, out of range) clamps to the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, -5)).toEqual(['b', 'a', 'c']);
  });
  it('moveItem(list, from, to) is a permutation that puts the item at the clamped target', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: -3, max: 25 }),
        (list, f, to) => {
          const from = f % list.length;
          const out = moveItem(list, from, to);
          expect([...out].sort()).toEqual([...list].sort());
          expect(out[Math.max(0, Math.min(list.length - 1, to))]).toBe(list[from]);
        },
      ),
    );
  });
  it('moveItem(list, i, i) returns the same array (no re-render, no write)', () => {
    const list = [1, 2, 3];
    expect(moveItem(list, 1, 1)).toBe(list);
  });
});

describe('scene names', () => {
  it('scenePage("#/probability?v=1") is "Probability"', () => {
    expect(scenePage('#/probability?v=1')).toBe('Probability');
  });
  it('sceneLabel({ title: "  " }) falls back to the page name', () => {
    expect(sceneLabel({ hash: '#/linear-algebra', title: '  ', note: '' })).toBe('Linear algebra');
    expect(sceneLabel({ hash: '#/', title: 'Start', note: '' })).toBe('Start');
  });
});
