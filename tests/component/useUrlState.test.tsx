// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { create } from 'zustand';
import { SETTLE_MS, useUrlState, type UrlBinding } from '../../src/app/useUrlState';

const useStore = create<{ n: number }>()(() => ({ n: 1 }));

const binding: UrlBinding<number> = {
  path: '/demo',
  read: () => useStore.getState().n,
  subscribe: (l) => useStore.subscribe(l),
  encode: (n) => `v=1&n=${n}`,
  decode: (q) => ({ view: Number(q.get('n') ?? 1), ignored: [] }),
  apply: (n) => useStore.setState({ n }),
};

function Page() {
  useUrlState(binding);
  return <a href="#/elsewhere">leave</a>;
}

describe('useUrlState(binding)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('a change becomes a history entry once it has settled', async () => {
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    render(<Page />);
    const before = window.history.length;
    act(() => useStore.setState({ n: 2 }));
    expect(window.location.hash).toBe('#/demo?v=1&n=1');
    await act(() => new Promise((r) => setTimeout(r, SETTLE_MS + 50)));
    expect(window.location.hash).toBe('#/demo?v=1&n=2');
    expect(window.history.length).toBe(before + 1);
  });

  it('following a link before the change has settled writes it first, so Back returns to the latest view', () => {
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    const { getByText } = render(<Page />);
    act(() => useStore.setState({ n: 7 }));
    let hashAtClick = '';
    const link = getByText('leave');
    // Seen by a listener on the link itself, after the app's capture-phase flush, before navigation.
    link.addEventListener('click', (e) => {
      hashAtClick = window.location.hash;
      e.preventDefault();
    });
    act(() => link.click());
    expect(hashAtClick).toBe('#/demo?v=1&n=7');
  });
});
