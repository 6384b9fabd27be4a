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
});
