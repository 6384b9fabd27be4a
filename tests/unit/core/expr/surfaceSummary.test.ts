import { describe, expect, it } from 'vitest';
import { summarizeSurface } from '../../../../src/core';

describe('summarizeSurface(values)', () => {
  it('keeps the whole range of an ordinary surface and gives ordered percentiles', () => {
    const values = Float64Array.from({ length: 1001 }, (_, i) => i / 1000);
    const s = summarizeSurface(values);
    expect(s.zLow).toBe(0);
    expect(s.zHigh).toBe(1);
    expect(s.percentiles[50]).toBe(0.5);
    for (let k = 1; k <= 100; k++) expect(s.percentiles[k]).toBeGreaterThanOrEqual(s.percentiles[k - 1]);
  });

  it('gives a non-empty range for a constant and a default one when nothing is finite', () => {
    const c = summarizeSurface(new Float64Array(10).fill(3));
    expect(c.zHigh).toBeGreaterThan(c.zLow);
    const none = summarizeSurface(new Float64Array(4).fill(NaN));
    expect(none).toMatchObject({ zLow: 0, zHigh: 1, finite: 0 });
  });
});
