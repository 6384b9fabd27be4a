// @vitest-environment jsdom
// A hand-edited `tab=zzz`: the page shows its first tab, the address loses `tab=zzz` (so the first tab's
// settings are written to it again) and a notice names what was ignored. Before, the address kept tab=zzz,
// no view owned it, and nothing the student changed reached the address.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnknownTabNotice, useUnknownTab } from '../../../src/app/unknownTab';

function Page() {
  const ignored = useUnknownTab('/probability', ['distributions', 'lln']);
  return <UnknownTabNotice tab={ignored} shown="Distributions" />;
}

describe('useUnknownTab', () => {
  it('tab=zzz: the address drops it (other keys kept) and the notice says so', () => {
    window.location.hash = '#/probability?v=1&tab=zzz&mean=2';
    render(<Page />);
    expect(window.location.hash).toBe('#/probability?v=1&mean=2');
    expect(screen.getByRole('status')).toHaveTextContent('“zzz”');
    expect(screen.getByRole('status')).toHaveTextContent('shows Distributions');
  });

  it('a known tab and no tab leave the address alone, with no notice', () => {
    for (const hash of ['#/probability?v=1&tab=lln&lln.draws=10', '#/probability?v=1&sd=2']) {
      window.location.hash = hash;
      const { unmount } = render(<Page />);
      expect(window.location.hash).toBe(hash);
      expect(screen.queryByRole('status')).toBeNull();
      unmount();
    }
  });

  it('a very long unknown tab is shortened in the notice', () => {
    window.location.hash = `#/probability?v=1&tab=${'x'.repeat(500)}`;
    act(() => {
      render(<Page />);
    });
    expect(screen.getByRole('status').textContent!.length).toBeLessThan(200);
  });
});
