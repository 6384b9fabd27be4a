import { describe, expect, it } from 'vitest';
import { curveSpan } from '../../../../../src/pages/MachineLearning/regression/ErrorCurveChart';

describe('curveSpan (where the error chart’s "best" label may go)', () => {
  const xs = [0, 10, 20, 30];
  const ys = [100, 40, 60, 50];

  it('takes the vertices inside the stretch and the curve cut at both of its ends', () => {
    // From x = 5 (y 70, halfway down the first segment) to x = 25 (y 55): the vertices 40 and 60 inside.
    expect(curveSpan(xs, ys, 5, 25)).toEqual([40, 70]);
  });

  it('inside one segment, only the two cut points count', () => {
    expect(curveSpan(xs, ys, 12, 18)).toEqual([44, 56]);
  });

  it('is null where the curve does not reach, and skips non-finite heights', () => {
    expect(curveSpan(xs, ys, 31, 40)).toBeNull();
    expect(curveSpan([0, 10], [NaN, NaN], 0, 10)).toBeNull();
  });
});
