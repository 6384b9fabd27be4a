// @vitest-environment jsdom
// Keyboard use of the Stage: Enter on the top bar's "Stage" moves focus to "Leave stage"; Esc (or the button)
// closes the stage and focus returns to "Stage" — before, it fell to <body> with the removed button.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { StageButton, StageMode, useStageMode } from '../../../src/app/deck/StageToggle';

const Shell = () => (
  <>
    <StageButton />
    <StageMode />
  </>
);

describe('Stage focus', () => {
  // The stage measures its bar; jsdom has no ResizeObserver, and the sizes do not matter here.
  beforeAll(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => act(() => useStageMode.getState().leave()));

  it('Esc returns focus to the Stage button', () => {
    render(<Shell />);
    const stage = screen.getByRole('button', { name: 'Stage' });
    stage.focus();
    fireEvent.click(stage);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Leave stage' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Leave stage' })).toBeNull();
    expect(document.activeElement).toBe(stage);
  });

  it('"Leave stage" returns focus to the Stage button too', () => {
    render(<Shell />);
    const stage = screen.getByRole('button', { name: 'Stage' });
    stage.focus();
    fireEvent.click(stage);
    fireEvent.click(screen.getByRole('button', { name: 'Leave stage' }));
    expect(document.activeElement).toBe(stage);
  });
});
