import { beforeEach, describe, expect, it } from 'vitest';
import { fitOf, pointsOf, type RegFit } from '../../../../../src/stores/ml/regression/data';
import { MAX_REG_POINTS, useRegStore } from '../../../../../src/stores/ml/regression/store';
import { regView, type RegView } from '../../../../../src/stores/ml/regression/view';

const own = (pts: [number, number][], extra: Partial<RegView> = {}): RegView => ({
  ...regView.defaults,
  data: 'own',
  points: pts.map(([x1, x2]) => ({ x1, x2, label: 0 })),
  ...extra,
});

/** Every number the tab draws or reads out from a fit is finite. */
function expectFinite(fit: RegFit): void {
  expect(Number.isFinite(fit.intercept)).toBe(true);
  expect(fit.coef.every(Number.isFinite)).toBe(true);
  expect(fit.fitted.every(Number.isFinite)).toBe(true);
  expect(Number.isFinite(fit.mse)).toBe(true);
  for (const x of [-3, -1, 0, 0.5, 2, 3]) expect(Number.isFinite(fit.predict(x))).toBe(true);
}

describe('Regression bad input', () => {
  beforeEach(() => useRegStore.getState().loadView(regView.defaults, []));

  it('10^6 points pasted: the first MAX_REG_POINTS are loaded, the rest is said, the fit is finite', () => {
    const rows = ['x,y'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`${(i % 2000) / 1000 - 1},${i % 7}`);
    useRegStore.getState().loadCsv(rows.join('\n'));
    const { view, csvProblems } = useRegStore.getState();
    expect(pointsOf(view)).toHaveLength(MAX_REG_POINTS);
    const said = csvProblems.join(' | ');
    expect(said).toContain('998000 rows after the first 2000 were');
    expect(said).toContain(`only the first ${MAX_REG_POINTS} of 2000 points were loaded`);
    const fit = fitOf(view, pointsOf(view));
    expect('error' in fit).toBe(false);
    expectFinite(fit as RegFit);
  }, 30_000);

  it('identical points, a vertical cloud and duplicate x at degree 12: finite fits with the reason in words', () => {
    const same = fitOf(
      own(
        [
          [1, 2],
          [1, 2],
          [1, 2],
          [1, 2],
        ],
        { degree: 3 },
      ),
      own([
        [1, 2],
        [1, 2],
        [1, 2],
        [1, 2],
      ]).points,
    );
    expectFinite(same as RegFit);
    expect((same as RegFit).warnings.join(' ')).toMatch(/Only 1 different x values for 4 coefficients/);
    const vertical = own(
      [
        [0.5, -1],
        [0.5, 0],
        [0.5, 2],
        [0.5, 3],
      ],
      { degree: 1 },
    );
    const v = fitOf(vertical, vertical.points);
    expectFinite(v as RegFit);
    expect((v as RegFit).warnings.join(' ')).toMatch(/minimum-norm solution/);
    const dup = own(
      [
        [0, 1],
        [0, 2],
        [1, 0],
        [1, 1],
        [2, 3],
        [2, 4],
      ],
      { degree: 12 },
    );
    const d = fitOf(dup, dup.points);
    expectFinite(d as RegFit);
    expect((d as RegFit).warnings.join(' ')).toMatch(/fewer points \(6\) than coefficients \(13\)/);
  });

  it('λ < 0 is refused in words (no fit drawn)', () => {
    const bad = own(
      [
        [0, 1],
        [1, 2],
        [2, 2],
      ],
      { method: 'ridge', ridge: -1 },
    );
    expect(fitOf(bad, bad.points)).toEqual({ error: 'Fix ridge λ first: it must be between 0 and 10^6.' });
  });
});
