// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { McmcControls } from '../../src/pages/Probability/mcmc/McmcControls';
import { RunPanel } from '../../src/pages/Probability/mcmc/RunPanel';
import { traceColumns } from '../../src/pages/Probability/mcmc/traceColumns';
import { requestOf, useMcmcStore } from '../../src/stores/probability/mcmc/store';
import { mcmcView } from '../../src/stores/probability/mcmc/view';

describe('<McmcControls> and <RunPanel>', () => {
  beforeEach(() => {
    useMcmcStore.setState({ view: mcmcView.defaults, run: null, running: false, error: null });
  });

  it('the typed log-density shows the parser message inline, marks the spot, and blocks Run', () => {
    useMcmcStore.setState({ view: { ...mcmcView.defaults, target: 'custom' } });
    render(
      <>
        <McmcControls />
        <RunPanel />
      </>,
    );
    const field = screen.getByRole('textbox', { name: 'log-density' });
    fireEvent.change(field, { target: { value: '-(x^2 + y^2)/2 +* 1' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/log-density: .*at character 17/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(document.querySelector('.logp-where mark')).toHaveTextContent('*');
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
    fireEvent.change(field, { target: { value: '-(x^2 + y^2)/2' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  it('a typo in the log-density keeps the chain on screen, as does undoing it; a new valid density clears it', () => {
    const view = { ...mcmcView.defaults, target: 'custom' as const };
    const run = { id: 1, request: requestOf(view) } as unknown as NonNullable<
      ReturnType<typeof useMcmcStore.getState>['run']
    >;
    useMcmcStore.setState({ view, run });
    useMcmcStore.getState().set('logp', 'sin(');
    expect(useMcmcStore.getState().view.logp).toBe('sin(');
    expect(useMcmcStore.getState().run).toBe(run);
    useMcmcStore.getState().set('logp', view.logp);
    expect(useMcmcStore.getState().run).toBe(run);
    useMcmcStore.getState().set('logp', '-(x^2 + y^2)/2');
    expect(useMcmcStore.getState().run).toBeNull();
  });

  it('HMC shows step size and leapfrog steps instead of the proposal scale', () => {
    render(<McmcControls />);
    expect(screen.getByRole('slider', { name: 'proposal scale' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Hamiltonian Monte Carlo' }));
    expect(screen.queryByRole('slider', { name: 'proposal scale' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'step size' })).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'leapfrog steps' })).toBeInTheDocument();
    expect(useMcmcStore.getState().view.algorithm).toBe('hmc');
  });

  it('ρ outside (−0.995, 0.995) is refused inline', () => {
    render(
      <>
        <McmcControls />
        <RunPanel />
      </>,
    );
    fireEvent.change(screen.getByRole('spinbutton', { name: 'rho' }), { target: { value: '1.2' } });
    expect(screen.getByRole('alert')).toHaveTextContent(/ρ must be between/);
    expect(screen.getByRole('button', { name: 'Run' })).toBeDisabled();
  });
});

describe('traceColumns(values, count, total, columns)', () => {
  it('covers each column’s values and the segment from the previous value', () => {
    const { lo, hi } = traceColumns([0, 1, 5, 2, -3, 4], 6, 6, 3);
    expect(Array.from(lo)).toEqual([0, 1, -3]);
    expect(Array.from(hi)).toEqual([1, 5, 4]);
  });
  it('leaves columns past `count` empty (NaN)', () => {
    const { lo } = traceColumns([1, 2, 3, 4], 2, 4, 4);
    expect(Number.isNaN(lo[2])).toBe(true);
  });
});
