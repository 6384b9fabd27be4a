import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  LASSO_SCENE,
  REG_EXERCISES,
  lassoZeroCubic,
} from '../../../../../../src/pages/MachineLearning/learn/regression/exercises';
import { useRegStore } from '../../../../../../src/stores/ml/regression/store';
import { regView } from '../../../../../../src/stores/ml/regression/view';

const byId = (id: string) => REG_EXERCISES.find((e) => e.id === id)!;

describe('the Regression exercises', () => {
  it('are at least five, with ids unique and prefixed by the tab', () => {
    expect(REG_EXERCISES.length).toBeGreaterThanOrEqual(5);
    const ids = REG_EXERCISES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('regression-')).toBe(true);
  });

  it('the slope prompt names the three points, "and" before the last one (not inside it)', () => {
    const text = renderToStaticMarkup(byId('regression-predict-slope').prompt).replace(/<[^>]+>/g, '');
    expect(text).toContain('The points (0, 1), (1, 2) and (2, 4) get a least-squares line.');
  });

  it('predictions accept the right answer only', () => {
    const slope = byId('regression-predict-slope').answer;
    if (slope.kind !== 'number') throw new Error('number');
    expect(slope.check(1.5).ok).toBe(true);
    expect(slope.check(2).ok).toBe(false);
    const degree = byId('regression-which-degree-overfits').answer;
    if (degree.kind !== 'choice') throw new Error('choice');
    expect(degree.check(3).ok).toBe(true);
    expect(degree.check(0).ok).toBe(false);
    expect(degree.check(3).why).toMatch(/degree 12: \d/);
    const band = byId('regression-band-widest').answer;
    if (band.kind !== 'choice') throw new Error('choice');
    expect(band.check(2).ok).toBe(true);
    expect(band.check(0).ok).toBe(false);
    const limit = byId('regression-gd-limit').answer;
    if (limit.kind !== 'number') throw new Error('number');
    expect(limit.check(1).ok).toBe(true);
    expect(limit.check(2).ok).toBe(false);
    const sep = byId('regression-separable-weights').answer;
    if (sep.kind !== 'choice') throw new Error('choice');
    expect(sep.check(1).ok).toBe(true);
    expect(sep.check(0).ok).toBe(false);
  });

  it('the lasso task is checked on the store: λ from the path zeroes x³ and keeps x; λ too small or too large is said', () => {
    const lam = lassoZeroCubic();
    expect(Number.isFinite(lam)).toBe(true);
    const check = () => {
      const a = byId('regression-lasso-zero-cubic').answer;
      if (a.kind !== 'live') throw new Error('live');
      return a.check();
    };
    useRegStore.getState().loadView({ ...regView.defaults, ...LASSO_SCENE, lasso: lam * 1.5 }, []);
    expect(check()).toMatchObject({ ok: true });
    useRegStore.getState().loadView({ ...regView.defaults, ...LASSO_SCENE, lasso: 1e-4 }, []);
    expect(check().why).toMatch(/raise λ/);
    useRegStore.getState().loadView({ ...regView.defaults, ...LASSO_SCENE, lasso: 100 }, []);
    expect(check().why).toMatch(/lower λ/);
    useRegStore.getState().loadView({ ...regView.defaults, ...LASSO_SCENE, method: 'ridge' }, []);
    expect(check().why).toMatch(/Lasso method/);
  });
});
