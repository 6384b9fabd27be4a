/** Issue 18: the loss chart keeps diverging runs on screen and never overlaps their labels. */
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, placeStops } from '../../../../src/pages/Calculus/lossLabels';

const W = 600;
const H = 200;

describe('placeStops(marks, width, height)', () => {
  it('a loss far above the axis puts the mark on the top edge, pointing up; below, on the bottom edge', () => {
    const [up, down, inside] = placeStops(
      [
        { px: 30, py: -5e6, text: 'GD diverged at step 14' },
        { px: 40, py: 9e5, text: 'Adam diverged at step 20' },
        { px: 300, py: 100, text: 'Newton stopped at step 3' },
      ],
      W,
      H,
    );
    expect(up).toMatchObject({ edge: -1, x: 30, y: 8 });
    expect(down).toMatchObject({ edge: 1, x: 40, y: H - 8 });
    expect(inside).toMatchObject({ edge: 0, x: 300, y: 100 });
    expect(placeStops([{ px: 10, py: NaN, text: 'x' }], W, H)[0].edge).toBe(-1);
  });

  it('three runs diverging at the same step and edge get labels at least LABEL_GAP apart, all inside', () => {
    const marks = ['GD', 'Momentum', 'Nesterov'].map((n, i) => ({
      px: 12 + i,
      py: -1e9,
      text: `${n} diverged at step ${3 + i}`,
    }));
    const placed = placeStops(marks, W, H);
    const ys = placed.map((p) => p.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(LABEL_GAP);
    for (const p of placed) {
      expect(p.labelY).toBeGreaterThanOrEqual(12);
      expect(p.labelY).toBeLessThanOrEqual(H);
      expect(p.x).toBe(p.x); // marks stay where the runs ended
    }
  });

  it('labels crowded at the bottom are pushed up as a stack, still apart', () => {
    const marks = [0, 1, 2, 3].map((i) => ({ px: 100, py: H + 50, text: `run ${i}` }));
    const ys = placeStops(marks, W, H)
      .map((p) => p.labelY)
      .sort((a, b) => a - b);
    expect(ys[3]).toBeLessThanOrEqual(H - 2);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(LABEL_GAP);
  });

  it('a label near the right edge is flipped to the left of its mark', () => {
    const [p] = placeStops([{ px: W - 5, py: 50, text: 'GD diverged at step 299' }], W, H);
    expect(p.anchor).toBe('end');
    expect(p.labelX).toBeLessThan(p.x);
  });
});

describe('placeStops: one label column clear of the marks', () => {
  it('labels of marks clustered at the left go in a column right of the rightmost mark', () => {
    const placed = placeStops(
      [
        { px: 20, py: -1, text: 'GD diverged at step 3' },
        { px: 26, py: -1, text: 'Momentum diverged at step 4' },
      ],
      600,
      200,
    );
    for (const p of placed) {
      expect(p.anchor).toBe('start');
      expect(p.labelX).toBe(38);
    }
  });
});
