import { describe, expect, it } from 'vitest';
import { isSideBySide, splitStage } from '../../../src/app/deck/stage';

/** The stage of a 1280 × 720 screen above a 40 px bar. */
const box = { left: 0, top: 0, width: 1280, height: 680 };
const area = (b: { width: number; height: number }) => b.width * b.height;

describe('splitStage: the main figure beside (or above) its companions', () => {
  it('a figure alone gets the whole stage', () => {
    expect(splitStage(box, [{ w: 600, h: 600 }], 'auto')).toEqual([box]);
  });

  it('side by side: a square main figure takes the full height, its two companions share the column beside it', () => {
    const [main, a, b] = splitStage(
      box,
      [
        { w: 600, h: 620 },
        { w: 760, h: 190 },
        { w: 760, h: 180 },
      ],
      'auto',
    );
    expect(isSideBySide(box, 'auto')).toBe(true);
    expect(main).toEqual({ left: 0, top: 0, width: Math.round((680 * 600) / 620), height: 680 });
    // The column right of the main figure, split from top to bottom with nothing left over.
    for (const c of [a, b]) {
      expect(c.left).toBe(main.width);
      expect(c.width).toBe(1280 - main.width);
    }
    expect(a.top).toBe(0);
    expect(b.top).toBe(a.height);
    expect(a.height + b.height).toBe(680);
    // Nothing overlaps and the whole stage is used.
    expect(area(main) + area(a) + area(b)).toBe(area(box));
  });

  it('the main figure never takes more than 62% of the length along the split', () => {
    const [main] = splitStage(
      box,
      [
        { w: 1600, h: 400 },
        { w: 400, h: 400 },
      ],
      'side',
    );
    expect(main.width).toBe(Math.round(1280 * 0.62));
  });

  it('stacked: the main figure on top, the companions in a row below it, each by its width per height', () => {
    const [main, a, b] = splitStage(
      box,
      [
        { w: 600, h: 600 },
        { w: 400, h: 200 },
        { w: 800, h: 200 },
      ],
      'stacked',
    );
    expect(main).toEqual({ left: 0, top: 0, width: 1280, height: Math.round(680 * 0.62) });
    expect(a.top).toBe(main.height);
    expect(b.top).toBe(main.height);
    expect(a.height).toBe(680 - main.height);
    // Widths 2 : 4 (width per height of each companion).
    expect(a.width).toBe(Math.round((1280 * 2) / 6));
    expect(b.left).toBe(a.width);
    expect(a.width + b.width).toBe(1280);
  });

  it('auto stacks on a portrait screen', () => {
    expect(isSideBySide({ left: 0, top: 0, width: 400, height: 700 }, 'auto')).toBe(false);
    expect(isSideBySide({ left: 0, top: 0, width: 400, height: 700 }, 'side')).toBe(true);
  });
});
