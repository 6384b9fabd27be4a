// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { SamplePanel } from '../../src/pages/Probability/SamplePanel';
import { useProbabilityStore } from '../../src/stores/probability/distributions/store';

describe('<SamplePanel>', () => {
  it('a parameter typed out of range blocks Sample without throwing (the soak found Beta alpha = 0 crashing the page)', () => {
    act(() => useProbabilityStore.getState().setDist('beta'));
    render(<SamplePanel />);
    expect(screen.getByRole('button', { name: 'Sample' })).toBeEnabled();
    act(() => useProbabilityStore.getState().setParam('alpha', 0));
    expect(screen.getByRole('button', { name: 'Sample' })).toBeDisabled();
    act(() => useProbabilityStore.getState().setParam('alpha', 2));
    expect(screen.getByRole('button', { name: 'Sample' })).toBeEnabled();
  });

  it('a valid law whose draws overflow a double is named and not sampled', () => {
    act(() => useProbabilityStore.getState().setDist('studentT'));
    render(<SamplePanel />);
    act(() => useProbabilityStore.getState().setParam('df', 1e-6));
    expect(screen.getByRole('button', { name: 'Sample' })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent(/beyond ±10\^150/);
  });
});
