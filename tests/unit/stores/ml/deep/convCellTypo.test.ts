// The Convolution section's selected output cell while its field holds a typo (0, −0, a fraction): the page
// kept drawing with the typed value, and "0" in "output row" indexed row −1 and crashed the Deep learning tab.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeConv } from '../../../../../src/stores/ml/deep/compute';
import { deepView, type DeepView } from '../../../../../src/stores/ml/deep/view';
import { parseDigitsBytes } from '../../../../../src/stores/ml/digits';

const DIGITS = parseDigitsBytes(new Uint8Array(readFileSync('public/data/digits.bin')));
const view = (patch: Partial<DeepView>): DeepView => ({ ...deepView.defaults, ...patch });

describe('computeConv with an out-of-range selected cell', () => {
  it.each([
    [0, -0, 0, 0],
    [-3, 2, 0, 1],
    [2.5, 3.9, 1, 2],
    [NaN, 1, 0, 0],
  ])('row %s, col %s: the nearest cell (%i, %i) of the output, a real output value', (row, col, i, j) => {
    const c = computeConv(view({ row, col }), DIGITS);
    expect(c.cell).not.toBeNull();
    expect([c.cell!.i, c.cell!.j]).toEqual([i, j]);
    expect(Number.isFinite(c.output[c.cell!.i][c.cell!.j])).toBe(true);
  });

  it('the field itself still refuses 0 (the picture only stays drawable)', () => {
    expect(deepView.problem('row', 0)).not.toBeNull();
  });
});
