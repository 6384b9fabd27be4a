import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/core/index';
import { fastTanh } from '../../../../src/core/nn/tanh';

describe('fastTanh(x)', () => {
  it('is within 4e-15 relative of Math.tanh over 1e-6 ≤ |x| ≤ 30 (seeded sweep, log-uniform)', () => {
    const rng = createRng(20260101);
    let worst = 0;
    for (let k = 0; k < 200_000; k++) {
      const x = (rng.next() < 0.5 ? -1 : 1) * Math.pow(10, -6 + 7.5 * rng.next());
      worst = Math.max(worst, Math.abs(fastTanh(x) - Math.tanh(x)) / Math.abs(Math.tanh(x)));
    }
    expect(worst).toBeLessThanOrEqual(4e-15);
  });

  it('keeps the special values: ±0, ±1 beyond 19.1, ±∞ → ±1, NaN → NaN, odd symmetry', () => {
    expect(Object.is(fastTanh(0), 0)).toBe(true);
    expect(Object.is(fastTanh(-0), -0)).toBe(true);
    expect(fastTanh(25)).toBe(1);
    expect(fastTanh(-Infinity)).toBe(-1);
    expect(fastTanh(NaN)).toBeNaN();
    for (const x of [0.05, 0.3, 1, 7.7]) expect(fastTanh(-x)).toBe(-fastTanh(x));
  });
});
