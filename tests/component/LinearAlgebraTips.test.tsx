// @vitest-environment jsdom
// Issue 17, session 9: the keyboard tips of the Transform and Change of basis scenes (scene/tipButtons.tsx:
// arrows move x and y by 0.1, Shift by 0.5, Page Up/Down move z in 3-D; a move of A shows the map at
// t = 1), and the Change of basis view showing only what it uses (A after the basis, said to feed [A]_B
// only; no numbers or explanation of A itself).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LinearAlgebraPage from '../../src/pages/LinearAlgebra';
import { TipButtonLayer, tipKeyMove, tipsOf } from '../../src/pages/LinearAlgebra/scene/tipButtons';
import { resetWebglCheck } from '../../src/ui/webgl/support';
import { useLinalgStore } from '../../src/stores/linalg/store';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  resetWebglCheck();
  useLinalgStore.setState(useLinalgStore.getInitialState(), true);
  window.history.replaceState(null, '', '/#/linear-algebra');
});
afterEach(() => vi.restoreAllMocks());

const view = () => useLinalgStore.getState().view;

describe('tips moved by keys', () => {
  it('which tips each view offers', () => {
    expect(tipsOf('transform', 2, true).map((t) => t.name)).toEqual(['tip of î', 'tip of ĵ', 'tip of v']);
    expect(tipsOf('transform', 3, false).map((t) => t.name)).toEqual(['tip of î', 'tip of ĵ', 'tip of k̂']);
    expect(tipsOf('basis', 2, true).map((t) => t.name)).toEqual(['tip of b1', 'tip of b2']);
    expect(tipsOf('svd', 2, true)).toEqual([]);
    expect(tipKeyMove({ key: 'PageUp', shiftKey: false }, 2)).toBeNull();
    expect(tipKeyMove({ key: 'PageUp', shiftKey: true }, 3)).toEqual([0, 0, 0.5]);
  });

  it('2-D: arrows move the column of A (the cells follow) and show the map itself', () => {
    useLinalgStore.getState().setT(0.4);
    render(<TipButtonLayer />);
    const i = screen.getByRole('button', { name: 'tip of î' });
    const a0 = view().a.map((r) => r.slice());
    fireEvent.keyDown(i, { key: 'ArrowRight' });
    fireEvent.keyDown(i, { key: 'ArrowUp', shiftKey: true });
    expect(view().a[0][0]).toBeCloseTo(a0[0][0] + 0.1, 12);
    expect(view().a[1][0]).toBeCloseTo(a0[1][0] + 0.5, 12);
    expect(view().a[0][1]).toBe(a0[0][1]);
    expect(view().t).toBe(1);
    // v's tip, and an unrelated key does nothing.
    const v0 = view().v.slice();
    fireEvent.keyDown(screen.getByRole('button', { name: 'tip of v' }), { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'tip of v' }), { key: 'a' });
    expect(view().v).toEqual([Math.round((v0[0] - 0.1) * 100) / 100, v0[1]]);
  });

  it('3-D: Page Up moves ĵ along z; numbers stay on the 0.01 grid', () => {
    useLinalgStore.getState().setDim(3);
    render(<TipButtonLayer />);
    const j = screen.getByRole('button', { name: 'tip of ĵ' });
    const z0 = view().a[2][1];
    fireEvent.keyDown(j, { key: 'PageUp' });
    fireEvent.keyDown(j, { key: 'PageUp' });
    fireEvent.keyDown(j, { key: 'PageDown', shiftKey: true });
    expect(view().a[2][1]).toBe(Math.round((z0 - 0.3) * 100) / 100);
    expect(screen.getByRole('button', { name: 'tip of k̂' })).toBeTruthy();
  });

  it('Change of basis: the b tips move the basis, not A', () => {
    useLinalgStore.getState().set('mode', 'basis');
    render(<TipButtonLayer />);
    const a0 = view().a;
    fireEvent.keyDown(screen.getByRole('button', { name: 'tip of b2' }), { key: 'ArrowDown' });
    expect(view().basis[1][1]).toBeCloseTo(0.9, 12);
    expect(view().a).toBe(a0);
  });
});

describe('Change of basis shows only what it uses', () => {
  it('A comes after the basis and says it feeds [A]_B; no numbers of A', () => {
    render(<LinearAlgebraPage />);
    expect(document.querySelector('output[aria-label="determinant"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Change of basis' }));
    expect(document.querySelector('output[aria-label="determinant"]')).toBeNull();
    expect(screen.queryByRole('region', { name: 'numbers of A' })).toBeNull();
    expect(screen.queryByText('On other pages')).toBeNull();
    const legends = Array.from(document.querySelectorAll('.controls legend')).map((l) => l.textContent ?? '');
    const aAt = legends.findIndex((l) => l.startsWith('Matrix A'));
    expect(legends[aAt]).toContain('used only for [A]_B');
    expect(legends.findIndex((l) => /basis/i.test(l))).toBeLessThan(aAt);
    fireEvent.click(screen.getByRole('radio', { name: 'Transform' }));
    expect(document.querySelector('output[aria-label="determinant"]')).not.toBeNull();
  });
});
