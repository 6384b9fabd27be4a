/** The biplot's arrow labels never collide: overlapping boxes are moved apart to at least 13 px. */
import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../../src/pages/MachineLearning/shared/spreadLabels';

describe('spreadLabels', () => {
  it('moves overlapping labels apart and leaves separate ones alone', () => {
    const labels = [
      { x0: 100, x1: 190, y: 50 },
      { x0: 120, x1: 210, y: 53 },
      { x0: 110, x1: 200, y: 55 },
      { x0: 400, x1: 480, y: 54 },
    ];
    const ys = spreadLabels(labels);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(Math.abs(ys[i] - ys[j])).toBeGreaterThanOrEqual(13 - 1e-9);
    expect(ys[3]).toBe(54);
  });

  it('keeps a wider gap for larger text (the biplot on stage draws its names at 16 px: 13 × 16 / 11 px apart)', () => {
    const labels = [
      { x0: 100, x1: 250, y: 50 },
      { x0: 120, x1: 270, y: 60 },
      { x0: 110, x1: 260, y: 64 },
    ];
    const gap = (13 * 16) / 11;
    const ys = spreadLabels(labels, gap);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(Math.abs(ys[i] - ys[j])).toBeGreaterThanOrEqual(gap - 1e-9);
    // The default stays 13 px: these three would sit closer than the 16 px text needs.
    const small = spreadLabels(labels);
    expect(Math.min(Math.abs(small[0] - small[1]), Math.abs(small[1] - small[2]))).toBeLessThan(gap - 1);
  });
});
