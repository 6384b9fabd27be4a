import { describe, expect, it } from 'vitest';
import { fitOf, pointsOf } from '../../../../../src/stores/ml/regression/data';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

describe('least squares as a projection', () => {
  it('Xᵀr is zero to rounding for the normal equations (and only shown for them)', () => {
    const view: RegView = { ...regView.defaults, data: 'sine', n: 50, seed: 9, degree: 5, standardize: true };
    const f = fitOf(view, pointsOf(view));
    if ('error' in f) throw new Error(f.error);
    expect(f.xtr!.values).toHaveLength(6);
    for (const v of f.xtr!.values) expect(Math.abs(v)).toBeLessThan(1e-12 * f.xtr!.scale);
    // Ridge's residual is not orthogonal (Xᵀr = λw): no projection statement there.
    const r = fitOf({ ...view, method: 'ridge' }, pointsOf(view));
    if ('error' in r) throw new Error(r.error);
    expect(r.xtr).toBeNull();
  });
});
