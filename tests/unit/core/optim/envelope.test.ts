import { describe, expect, it } from 'vitest';
import { lossEnvelope } from '../../../../src/core';

describe('lossEnvelope(losses)', () => {
  it('keeps every step of a short run', () => {
    const losses = Float64Array.from([5, 3, 4, 1]);
    expect(Array.from(lossEnvelope(losses))).toEqual([0, 1, 2, 3]);
  });

  it('keeps at most two steps per block, in order, including each block’s extremes and both ends', () => {
    const n = 10_001;
    const losses = Float64Array.from({ length: n }, (_, k) => Math.cos(k / 37) * Math.exp(-k / 3000));
    const keep = lossEnvelope(losses);
    expect(keep.length).toBeLessThanOrEqual(2 * 1024 + 2);
    expect(keep[0]).toBe(0);
    expect(keep[keep.length - 1]).toBe(n - 1);
    for (let i = 1; i < keep.length; i++) expect(keep[i]).toBeGreaterThan(keep[i - 1]);
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < n; k++) {
      if (losses[k] < losses[lo]) lo = k;
      if (losses[k] > losses[hi]) hi = k;
    }
    expect(Array.from(keep)).toContain(lo);
    expect(Array.from(keep)).toContain(hi);
  });
});
