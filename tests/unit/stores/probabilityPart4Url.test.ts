/** The Gaussians and Conditional probability views: defaults, round trips, and bad addresses named and ignored. */
import { describe, expect, it } from 'vitest';
import { toggled, useConditionalStore } from '../../../src/stores/probability/conditional/store';
import { conditionalView, maskOf, outcomesOf } from '../../../src/stores/probability/conditional/view';
import { covarianceOf, gaussiansView } from '../../../src/stores/probability/gaussians/view';

const q = (s: string) => new URLSearchParams(s);

describe('gaussiansView', () => {
  it('round-trips a view and owns only its tab', () => {
    const view = { ...gaussiansView.defaults, mx: 1.5, rho: -0.35, y0: -2.25, samples: false };
    const { view: back, ignored } = gaussiansView.decode(q(gaussiansView.encode(view)));
    expect(ignored).toEqual([]);
    expect(back).toEqual(view);
    expect(gaussiansView.owns(q('v=1&tab=gaussians'))).toBe(true);
    expect(gaussiansView.owns(q('v=1&tab=mcmc'))).toBe(false);
  });
  it('names and ignores a correlation of 1 (Σ would be singular) and a negative sd', () => {
    const { view, ignored } = gaussiansView.decode(q('v=1&tab=gaussians&gau.rho=1&gau.sx=-1'));
    expect(view.rho).toBe(gaussiansView.defaults.rho);
    expect(view.sx).toBe(gaussiansView.defaults.sx);
    expect(ignored.join(' ')).toMatch(/gau\.rho/);
    expect(ignored.join(' ')).toMatch(/gau\.sx/);
  });
  it('Σ = [[σx², ρσxσy], [ρσxσy, σy²]]', () => {
    expect(covarianceOf({ ...gaussiansView.defaults, sx: 2, sy: 3, rho: 0.5 })).toEqual([
      [4, 3],
      [3, 9],
    ]);
  });
});

describe('conditionalView', () => {
  it('round-trips events (an empty B too) and refuses a mask of the wrong length', () => {
    const view = { ...conditionalView.defaults, b: '0'.repeat(36), zoom: true, edit: 'B' as const };
    const { view: back, ignored } = conditionalView.decode(q(conditionalView.encode(view)));
    expect(ignored).toEqual([]);
    expect(back).toEqual(view);
    const bad = conditionalView.decode(q('v=1&tab=conditional&cond.a=0101'));
    expect(bad.view.a).toBe(conditionalView.defaults.a);
    expect(bad.ignored.join(' ')).toMatch(/cond\.a/);
  });
  it('masks: outcome (i, j) is digit 6(i − 1) + (j − 1); toggling adds and removes', () => {
    const seven = outcomesOf(maskOf((i, j) => i + j === 7));
    expect(seven).toEqual([5, 10, 15, 20, 25, 30]);
    const m = toggled('0'.repeat(36), 35);
    expect(outcomesOf(m)).toEqual([35]);
    expect(toggled(m, 35)).toBe('0'.repeat(36));
  });
  it('the store toggles the event being edited', () => {
    const s = useConditionalStore.getState();
    s.loadView({ ...conditionalView.defaults, edit: 'B' }, []);
    const before = useConditionalStore.getState().view;
    useConditionalStore.getState().toggle(0);
    const after = useConditionalStore.getState().view;
    expect(after.a).toBe(before.a);
    expect(after.b[0]).toBe(before.b[0] === '1' ? '0' : '1');
  });
});
