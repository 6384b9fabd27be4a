import { describe, expect, it } from 'vitest';
import type { Palette } from '../../../../../src/pages/MachineLearning/shared/colors';
import {
  cellHeight,
  fillSurface,
  linear,
  pointHeight,
} from '../../../../../src/pages/MachineLearning/nn/surface3d/surfaceModel';

const palette: Palette = {
  classes: [
    [230, 159, 0],
    [0, 114, 178],
    [0, 158, 115],
  ],
  negative: [230, 159, 0],
  positive: [0, 114, 178],
  background: [255, 255, 255],
  text: '#222',
};

describe('the 3-D output surface', () => {
  it('reads heights as the heat map reads colours: P(class 1), the winning probability, a scaled value', () => {
    expect(cellHeight([0.5], 0, { kind: 'probability', outputs: 1 })).toBe(0);
    expect(cellHeight([0, 1], 1, { kind: 'probability', outputs: 1 })).toBe(1);
    // Three classes, cell 1 holds (0.2, 0.7, 0.1): the winner's 0.7 → 0.4.
    expect(cellHeight([1, 0, 0, 0.2, 0.7, 0.1], 1, { kind: 'probability', outputs: 3 })).toBeCloseTo(0.4, 12);
    expect(cellHeight([5], 0, { kind: 'value', scale: 2, offset: 4 })).toBe(0.5);
    expect(cellHeight([100], 0, { kind: 'value', scale: 2, offset: 4 })).toBe(1);
    expect(cellHeight([NaN], 0, { kind: 'value', scale: 2 })).toBe(0);
  });

  it('lays the lattice on [−1, 1]² row by row from the bottom, with linear-light colours', () => {
    const n = 3;
    const values = [0, 0.5, 1, 0, 0.5, 1, 0, 0.5, 1];
    const pos = new Float32Array(3 * n * n);
    const col = new Float32Array(3 * n * n);
    fillSurface(pos, col, values, n, { kind: 'probability', outputs: 1 }, palette);
    expect([pos[0], pos[1], pos[2]]).toEqual([-1, -1, -1]);
    expect([pos[3 * 8], pos[3 * 8 + 1], pos[3 * 8 + 2]]).toEqual([1, 1, 1]);
    expect(pos[3 * 4 + 2]).toBe(0);
    // The centre cell (P = 0.5) is the background: white.
    expect([col[12], col[13], col[14]]).toEqual([1, 1, 1]);
    expect(linear(0)).toBe(0);
    expect(linear(255)).toBeCloseTo(1, 12);
    expect(linear(128)).toBeCloseTo(0.2158605, 6);
  });

  it('puts points at their labels: −1/+1 for two classes, the top for K classes, scaled y for regression', () => {
    expect(pointHeight(0, { kind: 'probability', outputs: 1 })).toBe(-1);
    expect(pointHeight(1, { kind: 'probability', outputs: 1 })).toBe(1);
    expect(pointHeight(2, { kind: 'probability', outputs: 3 })).toBe(1);
    expect(pointHeight(3, { kind: 'value', scale: 4, offset: 1 })).toBe(0.5);
  });
});
