// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { create } from 'zustand';
import {
  currentViewAddress,
  REWRITE_MS,
  SETTLE_MS,
  useViewUrl,
  type ViewCodec,
} from '../../src/app/useUrlState';

const useStore = create<{ view: number; loadView(v: number): void }>()((set) => ({
  view: 1,
  loadView: (view) => set({ view }),
}));

const codec: ViewCodec<number> = {
  path: '/demo',
  key: 'demo:a',
  owns: (q) => (q.get('tab') ?? 'a') === 'a',
  encode: (n) => `v=1&n=${n}`,
  decode: (q) => ({ view: Number(q.get('n') ?? 1), ignored: [] }),
};

function Page() {
  useViewUrl(codec, useStore);
  return <a href="#/elsewhere">leave</a>;
}

const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));
const settle = () => act(() => new Promise((r) => setTimeout(r, SETTLE_MS + 50)));

describe('useViewUrl(codec, store)', () => {
  afterEach(() => {
    useStore.setState({ view: 1 });
    window.history.replaceState(null, '', '/');
  });

  it('the address is current in the next task; a burst of changes is one history entry', async () => {
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    render(<Page />);
    const before = window.history.length;
    act(() => useStore.setState({ view: 2 }));
    await tick();
    expect(window.location.hash).toBe('#/demo?v=1&n=2');
    act(() => useStore.setState({ view: 3 }));
    // Later changes of the burst rewrite the same entry, at most every REWRITE_MS, the last one always.
    await act(() => new Promise((r) => setTimeout(r, REWRITE_MS + 20)));
    expect(window.location.hash).toBe('#/demo?v=1&n=3');
    expect(window.history.length).toBe(before + 1);
    await settle();
    act(() => useStore.setState({ view: 4 }));
    await tick();
    expect(window.location.hash).toBe('#/demo?v=1&n=4');
    expect(window.history.length).toBe(before + 2);
  });

  it('a view whose tab is not in the address never writes it', async () => {
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    render(<Page />);
    window.history.replaceState(null, '', '/#/demo?v=1&tab=b');
    act(() => useStore.setState({ view: 9 }));
    await settle();
    expect(window.location.hash).toBe('#/demo?v=1&tab=b');
  });

  it('currentViewAddress is built from the store, not read from the address bar', () => {
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    render(<Page />);
    act(() => useStore.setState({ view: 5 }));
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    expect(currentViewAddress()).toBe('#/demo?v=1&n=5');
  });

  it('following a link ends the burst, so the next change is a new entry', async () => {
    window.history.replaceState(null, '', '/#/demo?v=1&n=1');
    const { getByText } = render(<Page />);
    act(() => useStore.setState({ view: 7 }));
    const link = getByText('leave');
    link.addEventListener('click', (e) => e.preventDefault());
    act(() => link.click());
    // Following the link wrote the pending change first (Back returns to the latest view).
    expect(window.location.hash).toBe('#/demo?v=1&n=7');
    const before = window.history.length;
    act(() => useStore.setState({ view: 8 }));
    await tick();
    expect(window.history.length).toBe(before + 1);
  });
});
